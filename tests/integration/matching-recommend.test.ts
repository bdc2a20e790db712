import { asc, eq } from "drizzle-orm";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chambers, companies, emailOutbox, matches, matchRecommendations, notifications, products, type User } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";
import { renderServer, textOf } from "../support/server-render";

/** A chamber admin's recommendations: what both companies are told, and the admin's /matches page. */

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));
vi.mock("@/lib/i18n/navigation", async () => {
  const react = await import("react");
  return { Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => react.createElement("a", { href, ...rest }, children) };
});

const { recommendMatchAction } = await import("@/app/[locale]/matches/actions");
const { default: MatchesPage } = await import("@/app/[locale]/matches/page");
const { notificationDetail, notificationText, renderEmail } = await import("@/lib/notifications/render");
const { notificationPath } = await import("@/lib/notifications/types");

withTestDatabase();

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function world() {
  const db = await getDb();
  const [chamber] = await db
    .insert(chambers)
    .values({ key: "mitsuke", name: { ja: "見附商工会議所", zh: "见附商工会议所", en: "Mitsuke Chamber of Commerce" } })
    .returning();
  const admin = await insertUser({ role: "chamber_admin", chamberId: chamber!.id, locale: "ja" });
  const sato = await insertUser({ role: "sme", locale: "ja", email: "sato@example.jp" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber!.id, name: { ja: "見附ニット", zh: "见附针织", en: "Mitsuke Knit" } }, sato);
  const wang = await insertUser({ role: "distributor", locale: "zh", email: "wang@example.cn" });
  const dist = await insertCompany({ kind: "distributor", region: "CN-JL", name: { zh: "延边大洋", en: "Yanbian Dayang" } }, wang);
  await db.insert(matches).values({ smeId: sme.id, distributorId: dist.id, score: 0.82, reasons: [] });
  return { chamber: chamber!, admin, sato, sme, wang, dist };
}

const recommend = (fields: Record<string, string>) => recommendMatchAction(undefined, pageForm("ja", { ...fields }));

describe("recommending a match", () => {
  it("notifies both companies' members, each in their language, with the chamber's note and a link to the partner", async () => {
    const w = await world();
    signIn(w.admin);
    const state = await recommend({ smeId: w.sme.id, distributorId: w.dist.id, note: "  延吉の展示会で王さんにお会いしました  " });
    expect(state).toMatchObject({ ok: true, message: "推薦を記録しました。双方の企業に表示され、通知が送られました。" });

    const db = await getDb();
    const [stored] = await db.select().from(matchRecommendations);
    expect(stored).toMatchObject({ smeId: w.sme.id, distributorId: w.dist.id, chamberId: w.chamber.id, note: "延吉の展示会で王さんにお会いしました" });
    const rows = await db.select().from(notifications).orderBy(asc(notifications.createdAt));
    const toSato = rows.find((n) => n.userId === w.sato.id)!;
    const toWang = rows.find((n) => n.userId === w.wang.id)!;
    expect(rows).toHaveLength(2);
    expect(notificationText("ja", toSato.type, toSato.payload)).toBe("見附商工会議所が取引先としてYanbian Dayangを推薦しました");
    expect(notificationText("zh", toWang.type, toWang.payload)).toBe("见附商工会议所向您推荐合作伙伴：见附针织");
    expect(notificationDetail("ja", toSato.type, toSato.payload)).toEqual(["コメント：延吉の展示会で王さんにお会いしました"]);
    expect(notificationPath(toSato.type, toSato.payload)).toBe(`/companies/${w.dist.id}`);
    expect(notificationPath(toWang.type, toWang.payload)).toBe(`/companies/${w.sme.id}`);

    const emails = await db.select().from(emailOutbox);
    const zhEmail = renderEmail(
      emails.find((e) => e.toEmail === "wang@example.cn")!,
      "https://k.example",
    );
    expect(zhEmail.subject).toBe("见附商工会议所向您推荐：见附针织");
    expect(zhEmail.text).toContain("留言：延吉の展示会で王さんにお会いしました");
    expect(zhEmail.text).toContain(`https://k.example/zh/companies/${w.sme.id}`);
    expect(renderEmail(emails.find((e) => e.toEmail === "sato@example.jp")!).subject).toBe("見附商工会議所からの推薦：Yanbian Dayang");
  });

  it("recommending the same pair again updates the note without notifying a second time", async () => {
    const w = await world();
    signIn(w.admin);
    await recommend({ smeId: w.sme.id, distributorId: w.dist.id });
    await recommend({ smeId: w.sme.id, distributorId: w.dist.id, note: "Call Mr Wang" });
    const db = await getDb();
    expect((await db.select().from(matchRecommendations)).map((r) => r.note)).toEqual(["Call Mr Wang"]);
    expect(await db.select().from(notifications)).toHaveLength(2);
  });

  it("refuses a note over 500 characters with a message in the admin's language, recording and telling nothing", async () => {
    const w = await world();
    signIn(w.admin);
    const state = await recommend({ smeId: w.sme.id, distributorId: w.dist.id, note: "あ".repeat(501) });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.note).toEqual(["コメントが長すぎます。"]);
    const db = await getDb();
    expect(await db.select().from(matchRecommendations)).toEqual([]);
    expect(await db.select().from(notifications)).toEqual([]);
    expect(await db.select().from(emailOutbox)).toEqual([]);
  });
});

async function renderMatches(user: User, locale: Locale): Promise<string> {
  reader.locale = locale;
  signIn(user);
  return renderServer(locale, await MatchesPage({ params: Promise.resolve({ locale }), searchParams: Promise.resolve({}) }));
}

describe("the chamber admin's matches page", () => {
  it("names the member in the reader's language and shows the partner's region", async () => {
    const w = await world();
    const zhAdmin = await insertUser({ role: "chamber_admin", chamberId: w.chamber.id, locale: "zh" });
    const memberLink = (html: string) => html.match(/<a href="\/companies\/[^"]+" [^>]*data-testid="member-link">(.*?)<\/a>/)![1]!;

    const zh = await renderMatches(zhAdmin, "zh");
    expect(textOf(memberLink(zh))).toBe("见附针织");
    expect(zh).toContain('data-testid="match-region">吉林省<');

    const en = await renderMatches(w.admin, "en");
    expect(memberLink(en)).toContain('<span lang="en">Mitsuke Knit</span>');
    expect(memberLink(en)).not.toContain("fallback-mark");
    expect(en).toContain('data-testid="match-region">Jilin<');
  });

  it("marks a member name shown in another language than the reader's, with its lang attribute", async () => {
    const w = await world();
    await (
      await getDb()
    )
      .update(companies)
      .set({ name: { ja: "見附ニット" } })
      .where(eq(companies.id, w.sme.id));
    const html = await renderMatches(w.admin, "zh");
    const link = html.match(/data-testid="member-link">(.*?)<\/a>/)![1]!;
    expect(link).toContain('<span lang="ja">見附ニット</span>');
    expect(link).toContain('data-testid="fallback-mark"');
  });

  it("offers a note field with the Recommend button for a pair not yet recommended", async () => {
    const w = await world();
    const html = await renderMatches(w.admin, "ja");
    expect(html).toContain('data-testid="recommend-form"');
    expect(textOf(html)).toContain("両社へのコメント（任意）");
    expect(html.match(/<input[^>]*name="note"[^>]*>/)?.[0]).toContain('maxLength="500"');
  });
});

describe("a member's match card", () => {
  it("leads with the score ring and three strongest reasons, shows the partner's chamber and language, and the products that matched", async () => {
    const w = await world();
    const db = await getDb();
    const [sweater] = await db
      .insert(products)
      .values({ companyId: w.sme.id, ref: "sweater", name: { ja: "ニットセーター", zh: "针织毛衣" } })
      .returning();
    await db
      .update(companies)
      .set({ languages: ["ja", "zh"] })
      .where(eq(companies.id, w.sme.id));
    const product = { ja: "ニットセーター", zh: "针织毛衣" };
    await db
      .update(matches)
      .set({
        reasons: [
          { code: "chamber_sme", params: {} },
          { code: "language", params: { languages: ["zh"] } },
          { code: "channel", params: { channels: ["wholesale"] } },
          { code: "region", params: { channel: "wholesale", regions: ["CN-JL"] } },
          { code: "goods_code", params: { code: "6110", product, productWord: "セーター" } },
        ],
      })
      .where(eq(matches.smeId, w.sme.id));

    const html = await renderMatches(w.wang, "zh");
    const text = textOf(html);
    expect(html).toMatch(/data-testid="match-score"[^>]*aria-label="匹配度 82%"|aria-label="匹配度 82%"[^>]*data-testid="match-score"/);
    expect(textOf(html.match(/data-testid="chamber-member"[^>]*>(.*?)<\/li>/)![1]!)).toBe("见附商工会议所会员");
    expect(textOf(html.match(/data-testid="speaks-language"[^>]*>(.*?)<\/li>/)![1]!)).toBe("可用中文沟通");
    // The goods come first although the engine listed them last; the chamber and language wait behind "more".
    const headline = html.match(/<ul[^>]*aria-label="匹配理由"[^>]*>(.*?)<\/ul>/)![1]!;
    expect(headline.match(/<li>/g)).toHaveLength(3);
    expect(textOf(headline)).toMatch(/^经营 HS 6110/);
    expect(text).toContain("其他理由（2条）");
    expect(html).toContain(`href="/products/${sweater!.id}"`);
    expect(textOf(html.match(/data-testid="matched-products"[^>]*>(.*?)<\/ul>/)![1]!)).toBe("针织毛衣");
  });
});
