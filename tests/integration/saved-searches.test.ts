import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, matches, savedSearches, type Company, type User } from "@/db/schema";
import { appUrl } from "@/lib/notifications/email-parts";
import { renderEmail } from "@/lib/notifications/render";
import { sendDueEmails } from "@/lib/notifications/worker";
import { runDigests } from "@/lib/saved-searches/digest";
import { reindexCompany } from "@/lib/search";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

/** Saved searches and their digests: exactly what is new, once, in the reader's language, stopped in one click. */

const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { saveSearchAction, stopSavedSearchAction } = await import("@/app/[locale]/search/actions");
const { GET: stopRoute, POST: oneClickStop } = await import("@/app/api/saved-searches/stop/route");

withTestDatabase();

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY);

/** A distributor, indexed for search; `createdAt` places it on the test's clock of later days. */
async function distributor(name: string, createdAt?: Date): Promise<Company> {
  const db = await getDb();
  const company = await insertCompany({ kind: "distributor", name: { zh: name }, ...(createdAt ? { createdAt } : {}) });
  await reindexCompany(db, company.id);
  return company;
}

async function signedInAs(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function world() {
  const sato = await insertUser({ role: "sme", locale: "zh", email: "sato@mitsuke-knit.jp" });
  const knit = await insertCompany({ name: { ja: "見附ニット", zh: "见附针织" } }, sato);
  const before = await distributor("延边大洋商贸");
  return { sato, knit, before };
}

async function save(fields: Record<string, string>) {
  return saveSearchAction(undefined, pageForm("zh", { name: "吉林经销商", frequency: "weekly", type: "company", ...fields }));
}

async function digests() {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.type, "saved_search_digest"));
}

describe("saving a search", () => {
  it("keeps the query and filters for the caller, and refuses a bad frequency or threshold in the reader's language", async () => {
    const w = await world();
    await signedInAs(w.sato);
    expect(await save({ q: "针织", region: "CN-JL", matchThreshold: "70" })).toEqual({ ok: true, message: "已保存“吉林经销商”。" });
    const bad = await save({ frequency: "hourly", matchThreshold: "150" });
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors).toEqual({ frequency: ["请选择每天或每周。"], matchThreshold: ["请输入1到100之间的整数。"] });
    const db = await getDb();
    const rows = await db.select().from(savedSearches);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: w.sato.id, params: { q: "针织", type: "company", region: "CN-JL" }, frequency: "weekly", matchThreshold: 70 });
  });

  it("lets its owner stop it, and no one else", async () => {
    const w = await world();
    await signedInAs(w.sato);
    await save({});
    const db = await getDb();
    const [saved] = await db.select().from(savedSearches);
    const other = await insertUser({ role: "sme" });
    await insertCompany({}, other);
    await signedInAs(other);
    expect((await stopSavedSearchAction(undefined, pageForm("en", { id: saved!.id }))).ok).toBe(false);
    expect((await db.select().from(savedSearches))[0]!.stoppedAt).toBeNull();
    await signedInAs(w.sato);
    expect(await stopSavedSearchAction(undefined, pageForm("en", { id: saved!.id }))).toEqual({ ok: true, message: "This search's digest is stopped." });
    expect((await db.select().from(savedSearches))[0]!.stoppedAt).not.toBeNull();
  });
});

describe("the digest", () => {
  it("contains exactly the items new since the search was saved, and is sent once", async () => {
    const w = await world();
    await signedInAs(w.sato);
    await save({});
    const fresh = await distributor("大连新港贸易");
    const second = await distributor("沈阳北方商贸");

    // Not due before a week has passed.
    expect(await runDigests(later(6))).toBe(0);
    expect(await runDigests(later(8))).toBe(1);
    expect(await runDigests(later(8))).toBe(0);
    const [row, ...rest] = await digests();
    expect(rest).toHaveLength(0);
    const items = JSON.parse(String(row!.payload.items)) as { id: string }[];
    expect(items.map((i) => i.id).sort()).toEqual([fresh.id, second.id].sort());
    expect(items.map((i) => i.id)).not.toContain(w.before.id);

    // A week later only what appeared since the last digest; with nothing new, no email at all.
    const third = await distributor("长春东方贸易", later(10));
    expect(await runDigests(later(16))).toBe(1);
    const newest = (await digests()).find((d) => d.id !== row!.id)!;
    expect((JSON.parse(String(newest.payload.items)) as { id: string }[]).map((i) => i.id)).toEqual([third.id]);
    expect(await runDigests(later(24))).toBe(0);
    expect(await digests()).toHaveLength(2);
  });

  it("tells of new matches at or above the threshold once, not of those known when saved", async () => {
    const w = await world();
    const db = await getDb();
    const known = await distributor("哈尔滨老牌商贸");
    await db.insert(matches).values({ smeId: w.knit.id, distributorId: known.id, score: 0.9, reasons: [] });
    await signedInAs(w.sato);
    await save({ q: "没有这样的词语", matchThreshold: "70" });
    const strong = await distributor("青岛海风贸易");
    const weak = await distributor("天津小型商贸");
    await db.insert(matches).values([
      { smeId: w.knit.id, distributorId: strong.id, score: 0.82, reasons: [] },
      { smeId: w.knit.id, distributorId: weak.id, score: 0.4, reasons: [] },
    ]);
    expect(await runDigests(later(8))).toBe(1);
    const [row] = await digests();
    expect(JSON.parse(String(row!.payload.matches))).toEqual([{ id: strong.id, name: { zh: "青岛海风贸易" }, score: expect.closeTo(0.82, 5) }]);
    expect(JSON.parse(String(row!.payload.items))).toEqual([]);
    // The same match is not news a week later.
    expect(await runDigests(later(16))).toBe(0);
  });

  it("is written in the reader's language, links each item and carries a stop link that works without a session", async () => {
    const w = await world();
    await signedInAs(w.sato);
    await save({});
    const fresh = await distributor("大连新港贸易");
    await runDigests(later(8));
    const [row] = await digests();
    expect(row!.locale).toBe("zh");
    const email = renderEmail({ ...row!, recipientName: "佐藤" }, "https://kakehashi.test");
    expect(email.subject).toBe("“吉林经销商”有1条新内容");
    expect(email.text).toContain(`大连新港贸易: https://kakehashi.test/zh/companies/${fresh.id}`);
    expect(email.html).toContain("大连新港贸易");
    const stop = /https:\/\/kakehashi\.test(\/api\/saved-searches\/stop\?token=[\w-]+&locale=zh)/.exec(email.text);
    expect(stop).not.toBeNull();

    const sent: { to: string; headers?: Record<string, string> }[] = [];
    const result = await sendDueEmails({ transport: { sendMail: async (m) => void sent.push(m) } });
    expect(result.sent).toBe(1);
    expect(sent.map((m) => m.to)).toEqual(["sato@mitsuke-knit.jp"]);
    // Mail clients' own one-click button (RFC 8058) posts to the same link.
    expect(sent[0]!.headers).toMatchObject({
      "List-Unsubscribe": `<${appUrl()}${stop![1]}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect((await sendDueEmails({ transport: { sendMail: async (m) => void sent.push(m) } })).sent).toBe(0);

    authMock.auth.mockResolvedValue(null);
    const forged = await stopRoute(new Request("http://localhost:3000/api/saved-searches/stop?token=forged-token-that-matches-nothing&locale=zh"));
    expect(forged.headers.get("location")).toBe("/zh/digest-stopped?result=invalid");
    const response = await stopRoute(new Request(`http://localhost:3000${stop![1]}`));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/zh/digest-stopped?result=stopped");
    const db = await getDb();
    expect((await db.select().from(savedSearches))[0]!.stoppedAt).not.toBeNull();

    await distributor("沈阳北方商贸", later(10));
    expect(await runDigests(later(16))).toBe(0);
  });
});

describe("the one-click stop from the mail client", () => {
  it("stops the digest on a POST with the token, and answers 404 to a forged one", async () => {
    const w = await world();
    await signedInAs(w.sato);
    await save({});
    const db = await getDb();
    const [saved] = await db.select().from(savedSearches);
    const post = (token: string) =>
      oneClickStop(new Request(`http://localhost:3000/api/saved-searches/stop?token=${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect((await post("forged-token-that-matches-nothing")).status).toBe(404);
    expect((await db.select().from(savedSearches))[0]!.stoppedAt).toBeNull();
    expect((await post(saved!.stopToken)).status).toBe(204);
    expect((await db.select().from(savedSearches))[0]!.stoppedAt).not.toBeNull();
  });
});
