import { eq, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  auditLog,
  companies,
  companyMembers,
  emailOutbox,
  inquiries,
  notificationPreferences,
  notifications,
  productImages,
  products,
  salesChannels,
} from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { bulkMembersAction, messageMembersAction } = await import("@/app/[locale]/chamber/members/actions");
const { listMembers, parseMemberQuery, readMemberSearch } = await import("@/lib/chamber/members");
const { consoleScope } = await import("@/lib/chamber/access");
const { notificationDetail, notificationText, renderEmail } = await import("@/lib/notifications/render");

withTestDatabase();

function signIn(user: { id: string }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function world() {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
  const knitOwner = await insertUser({ role: "sme" });
  const knit = await insertCompany(
    { chamberId: mitsuke.id, ref: "knit", name: { ja: "見附ニット", en: "Mitsuke Knit" }, status: "pending", createdAt: new Date("2026-01-10") },
    knitOwner,
  );
  const towelOwner = await insertUser({ role: "sme" });
  const towel = await insertCompany(
    {
      chamberId: mitsuke.id,
      ref: "towel",
      name: { ja: "今治タオル", zh: "今治毛巾", en: "Imabari Towel" },
      status: "pending",
      region: "JP-38",
      createdAt: new Date("2026-02-10"),
      targetChannels: ["wholesale"],
    },
    towelOwner,
  );
  const [p] = await (
    await getDb()
  )
    .insert(products)
    .values({ companyId: towel.id, ref: "p0", name: { ja: "タオル", zh: "毛巾" } })
    .returning();
  await (await getDb()).insert(productImages).values({ productId: p!.id, mime: "image/webp", width: 1, height: 1, data: Buffer.from([0]) });
  const trader = await insertCompany({
    kind: "distributor",
    chamberId: mitsuke.id,
    ref: "trader",
    name: { zh: "见附贸易", en: "Mitsuke Trading" },
    status: "approved",
    createdAt: new Date("2026-03-10"),
  });
  await (await getDb()).insert(salesChannels).values({ companyId: trader.id, type: "wholesale", regions: ["CN"] });
  const otherOwner = await insertUser({ role: "sme" });
  const cutlery = await insertCompany({ chamberId: tsubame.id, ref: "cutlery", name: { ja: "燕カトラリー" }, status: "pending" }, otherOwner);
  return { mitsuke, tsubame, admin, knit, knitOwner, towel, towelOwner, trader, cutlery, otherOwner };
}

const status = async (id: string) => (await (await getDb()).select().from(companies).where(eq(companies.id, id)))[0]!.status;

describe("the member table", () => {
  it("lists only the chamber's members, with search, filters, sort, open deals and profile gaps", async () => {
    const w = await world();
    const dist = await insertCompany({ kind: "distributor" });
    await (await getDb()).insert(inquiries).values([
      { smeId: w.towel.id, distributorId: dist.id, source: "profile", subject: "a", stage: "in_talks" },
      { smeId: w.towel.id, distributorId: dist.id, source: "profile", subject: "b", stage: "signed" },
    ]);
    const scope = consoleScope(w.admin);
    const list = async (search: Record<string, string | string[]>) => (await listMembers(scope, parseMemberQuery(readMemberSearch(search)), "en")).rows;
    const all = await list({});
    // A repeated parameter in a hand-made link counts once (the first), like everywhere else.
    expect((await list({ sort: ["joined", "name"], dir: ["desc", "asc"], page: ["0", "7"] })).map((m) => m.ref)).toEqual(
      (await list({ sort: "joined", dir: "desc" })).map((m) => m.ref),
    );
    // By name in the reader's language: Imabari Towel, Mitsuke Knit, Mitsuke Trading.
    expect(all.map((m) => m.ref)).toEqual(["towel", "knit", "trader"]);
    expect(all.find((m) => m.ref === "knit")!.gaps).toEqual(["products", "images", "chineseNames", "targets"]);
    expect(all.find((m) => m.ref === "towel")!.gaps).toEqual([]);
    expect(all.find((m) => m.ref === "trader")!.gaps).toEqual([]);
    expect(all.find((m) => m.ref === "towel")!.openDeals).toBe(1);
    expect((await list({ q: "ニット" })).map((m) => m.ref)).toEqual(["knit"]);
    expect((await list({ q: "towel" })).map((m) => m.ref)).toEqual(["towel"]);
    expect((await list({ status: "approved" })).map((m) => m.ref)).toEqual(["trader"]);
    expect((await list({ kind: "sme", region: "JP-38" })).map((m) => m.ref)).toEqual(["towel"]);
    expect((await list({ completeness: "incomplete" })).map((m) => m.ref)).toEqual(["knit"]);
    expect((await list({ sort: "joined", dir: "desc" })).map((m) => m.ref)).toEqual(["trader", "towel", "knit"]);
    expect((await list({ sort: "openDeals", dir: "desc" }))[0]!.ref).toBe("towel");
    expect(await list({ q: "燕" })).toEqual([]);
  });

  it("approves two pending companies in one action, each audited and notified as if alone, and skips another chamber's", async () => {
    const w = await world();
    signIn(w.admin);
    const state = await bulkMembersAction(undefined, pageForm("en", { operation: "approve", companyIds: [w.knit.id, w.towel.id, w.cutlery.id] }));
    expect(state).toMatchObject({ ok: true, message: "2 companies approved; 1 skipped (not waiting for review)." });
    expect([await status(w.knit.id), await status(w.towel.id), await status(w.cutlery.id)]).toEqual(["approved", "approved", "pending"]);
    const db = await getDb();
    const audits = await db.select().from(auditLog);
    expect(audits.map((a) => [a.companyId, a.action, a.actorId]).sort()).toEqual(
      [
        [w.knit.id, "approve", w.admin.id],
        [w.towel.id, "approve", w.admin.id],
      ].sort(),
    );
    const notes = await db
      .select()
      .from(notifications)
      .where(inArray(notifications.userId, [w.knitOwner.id, w.towelOwner.id, w.otherOwner.id]));
    expect(notes.map((n) => [n.userId, n.type]).sort()).toEqual(
      [
        [w.knitOwner.id, "moderation_decision"],
        [w.towelOwner.id, "moderation_decision"],
      ].sort(),
    );
  });

  it("rejects with one reason for all, and refuses to reject without one, changing nothing", async () => {
    const w = await world();
    signIn(w.admin);
    const refused = await bulkMembersAction(undefined, pageForm("ja", { operation: "reject", companyIds: [w.knit.id, w.towel.id], reason: " " }));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.reason?.[0]).toMatch(/理由/);
    expect([await status(w.knit.id), await status(w.towel.id)]).toEqual(["pending", "pending"]);
    const state = await bulkMembersAction(
      undefined,
      pageForm("en", { operation: "reject", companyIds: [w.knit.id, w.towel.id], reason: "Not a manufacturer" }),
    );
    expect(state.message).toBe("2 companies rejected.");
    const rows = await (
      await getDb()
    )
      .select()
      .from(companies)
      .where(inArray(companies.id, [w.knit.id, w.towel.id]));
    expect(rows.map((r) => [r.status, r.statusReason])).toEqual([
      ["rejected", "Not a manufacturer"],
      ["rejected", "Not a manufacturer"],
    ]);
  });

  it("nudges only the selected members with gaps, naming what is missing in each reader's language", async () => {
    const w = await world();
    signIn(w.admin);
    const state = await bulkMembersAction(undefined, pageForm("en", { operation: "nudge", companyIds: [w.knit.id, w.towel.id, w.cutlery.id] }));
    expect(state.message).toBe("1 company asked to complete its profile.");
    const db = await getDb();
    const notes = await db.select().from(notifications).where(eq(notifications.type, "profile_nudge"));
    expect(notes.map((n) => n.userId)).toEqual([w.knitOwner.id]);
    expect(notificationText("en", "profile_nudge", notes[0]!.payload)).toBe(
      "Mitsuke Chamber of Commerce and Industry asks you to complete your company profile",
    );
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.type, "profile_nudge"));
    const email = renderEmail({ ...mail!, locale: "ja" });
    expect(email.text).toContain("製品を登録してください。");
    expect(email.text).toContain("企業名と製品名を中国語でも入力してください。");
    expect(email.text).toContain("/ja/company");
    expect(await bulkMembersAction(undefined, pageForm("en", { operation: "nudge" }))).toMatchObject({
      ok: false,
      message: "Select at least one member first.",
    });
  });

  it("refuses anyone but an admin", async () => {
    const w = await world();
    signIn(w.knitOwner);
    const state = await bulkMembersAction(undefined, pageForm("en", { operation: "approve", companyIds: [w.knit.id] }));
    expect(state.ok).toBe(false);
    expect(await status(w.knit.id)).toBe("pending");
  });
});

describe("the bulk message", () => {
  const message = { subject: "Trade fair in Shanghai", body: "Booths are open.\nReply by Friday." };

  it("notifies every user of each ticked member in the chamber's name, emails them per their settings, ignores another chamber's company and audits the send once", async () => {
    const w = await world();
    const db = await getDb();
    const colleague = await insertUser({ role: "sme", locale: "zh" });
    await db.insert(companyMembers).values({ companyId: w.knit.id, userId: colleague.id });
    await db.insert(notificationPreferences).values({ userId: colleague.id, disabled: ["chamber_message"] });
    signIn(w.admin);
    const state = await messageMembersAction(undefined, pageForm("en", { companyIds: [w.knit.id, w.towel.id, w.cutlery.id], ...message }));
    expect(state).toMatchObject({ ok: true, message: "Message sent to 2 companies (3 people); 1 ignored (not members of your chamber)." });

    const notes = await db.select().from(notifications).where(eq(notifications.type, "chamber_message"));
    expect(notes.map((n) => n.userId).sort()).toEqual([w.knitOwner.id, colleague.id, w.towelOwner.id].sort());
    const note = notes.find((n) => n.userId === colleague.id)!;
    expect(notificationText("zh", "chamber_message", note.payload)).toBe("Mitsuke Chamber of Commerce and Industry发来消息：“Trade fair in Shanghai”");
    expect(notificationDetail("ja", "chamber_message", note.payload)).toEqual(["Booths are open.\nReply by Friday."]);

    // The colleague turned these emails off: only the two owners get one.
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.type, "chamber_message"));
    expect(mails.map((m) => m.userId).sort()).toEqual([w.knitOwner.id, w.towelOwner.id].sort());
    const email = renderEmail({ ...mails[0]!, locale: "ja" });
    expect(email.subject).toBe("Mitsuke Chamber of Commerce and Industry：Trade fair in Shanghai");
    expect(email.text).toContain(
      "Mitsuke Chamber of Commerce and Industryから会員の皆様へのお知らせです：「Trade fair in Shanghai」\nBooths are open.\nReply by Friday.",
    );

    const audits = await db.select().from(auditLog);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: w.admin.id, chamberId: w.mitsuke.id, action: "bulk_message", reason: "Trade fair in Shanghai" });
    expect(audits[0]!.after).toMatchObject({ companies: 2, recipients: 3, ignored: 1 });
  });

  it("signs a platform admin's message with the platform's name, not each member's own chamber", async () => {
    const w = await world();
    const db = await getDb();
    const platform = await insertUser({ role: "platform_admin" });
    signIn(platform);
    const state = await messageMembersAction(undefined, pageForm("en", { companyIds: [w.knit.id, w.cutlery.id], ...message }));
    expect(state).toMatchObject({ ok: true });
    const notes = await db.select().from(notifications).where(eq(notifications.type, "chamber_message"));
    expect(notes.map((n) => n.userId).sort()).toEqual([w.knitOwner.id, w.otherOwner.id].sort());
    for (const note of notes) {
      expect(notificationText("en", "chamber_message", note.payload)).toBe("Message from Kakehashi: “Trade fair in Shanghai”");
      expect(notificationText("ja", "chamber_message", note.payload)).not.toContain("商工会議所");
    }
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.userId, w.otherOwner.id));
    expect(renderEmail({ ...mail!, locale: "ja" }).subject).toBe("架け橋（Kakehashi）運営事務局：Trade fair in Shanghai");
  });

  it("refuses an empty, multi-line or too long subject, an empty body and control characters, sending nothing", async () => {
    const w = await world();
    signIn(w.admin);
    const send = (fields: Record<string, string>) => messageMembersAction(undefined, pageForm("en", { companyIds: [w.knit.id], ...message, ...fields }));
    expect((await send({ subject: "  " })).fieldErrors?.subject).toEqual(["This field is required."]);
    expect((await send({ subject: "Fair\nBcc: everyone" })).fieldErrors?.subject).toEqual(["The subject must fit on one line."]);
    expect((await send({ subject: "x".repeat(151) })).fieldErrors?.subject).toEqual(["This text is too long."]);
    expect((await send({ body: "" })).fieldErrors?.body).toEqual(["This field is required."]);
    expect((await send({ body: "x".repeat(4001) })).fieldErrors?.body).toEqual(["This text is too long."]);
    expect((await send({ body: "Hello\u0007" })).fieldErrors?.body).toEqual(["This text contains invisible control characters. Remove them and try again."]);
    expect(await messageMembersAction(undefined, pageForm("en", { ...message }))).toMatchObject({
      ok: false,
      message: "Select at least one member first.",
    });
    const db = await getDb();
    expect(await db.select().from(notifications)).toEqual([]);
    expect(await db.select().from(auditLog)).toEqual([]);
  });

  it("sends nothing for another chamber's admin naming this chamber's members, and refuses a company user", async () => {
    const w = await world();
    const stranger = await insertUser({ role: "chamber_admin", chamberId: w.tsubame.id });
    signIn(stranger);
    expect(await messageMembersAction(undefined, pageForm("en", { companyIds: [w.knit.id, w.towel.id], ...message }))).toMatchObject({
      ok: true,
      message: "Message sent to 0 companies (0 people); 2 ignored (not members of your chamber).",
    });
    signIn(w.knitOwner);
    expect((await messageMembersAction(undefined, pageForm("en", { companyIds: [w.knit.id], ...message }))).ok).toBe(false);
    const db = await getDb();
    expect(await db.select().from(notifications)).toEqual([]);
    expect((await db.select().from(auditLog)).map((a) => [a.actorId, a.action, (a.after as { ignored: number }).ignored])).toEqual([
      [stranger.id, "bulk_message", 2],
    ]);
  });
});
