import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chambers, inquiries, products, type User } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { renderServer, textOf } from "../support/server-render";

/** The printable report of /chamber/report: its title, figures and the deals signed in the period. */

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));
vi.mock("@/lib/i18n/navigation", async () => {
  const react = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => react.createElement("a", { href, ...rest }, children),
    usePathname: () => "/",
  };
});

const { default: ReportPage } = await import("@/app/[locale]/chamber/report/page");

withTestDatabase();

const period = { from: "2026-01-01", to: "2026-06-30" };

async function render(user: User, locale: Locale, search: Record<string, string> = period): Promise<string> {
  reader.locale = locale;
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
  return renderServer(locale, await ReportPage({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(search) }));
}

async function world() {
  const db = await getDb();
  const [mitsuke, tsubame] = await db
    .insert(chambers)
    .values([
      { key: "mitsuke", name: { ja: "見附商工会議所", zh: "见附商工会议所", en: "Mitsuke Chamber" } },
      { key: "tsubame", name: { ja: "燕商工会議所", en: "Tsubame Chamber" } },
    ])
    .returning();
  const knit = await insertCompany({
    chamberId: mitsuke!.id,
    name: { ja: "見附ニット", zh: "见附针织", en: "Mitsuke Knit" },
    createdAt: new Date("2025-06-01"),
  });
  const cutlery = await insertCompany({ chamberId: tsubame!.id, name: { ja: "燕カトラリー", en: "Tsubame Cutlery" }, createdAt: new Date("2025-06-01") });
  const yanbian = await insertCompany({ kind: "distributor", name: { ja: "延辺貿易", zh: "延边贸易", en: "Yanbian Trading" } });
  const [sweater] = await db
    .insert(products)
    .values({ companyId: knit.id, ref: "p0", name: { ja: "ニットセーター", zh: "针织毛衣", en: "Knit sweater" } })
    .returning();
  const deal = (smeId: string, subject: string, signedAt: string, productId?: string) => ({
    smeId,
    distributorId: yanbian.id,
    productId,
    source: "profile" as const,
    subject,
    stage: "signed" as const,
    createdAt: new Date("2026-03-01T00:00:00Z"),
    signedAt: new Date(signedAt),
  });
  await db.insert(inquiries).values([
    // Signed on 15 June, Japan time.
    deal(knit.id, "Sweaters for Jilin", "2026-06-15T03:00:00Z", sweater!.id),
    // Signed on 1 July in Japan (30 June in UTC): after the period.
    deal(knit.id, "Scarves after the period", "2026-06-30T16:00:00Z"),
    deal(cutlery.id, "Cutlery for Yanbian", "2026-04-02T03:00:00Z"),
  ]);
  await db.insert(inquiries).values({ smeId: knit.id, distributorId: yanbian.id, source: "profile", subject: "Still talking", stage: "in_talks" });
  const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke!.id });
  return { mitsuke: mitsuke!, tsubame: tsubame!, admin };
}

describe("the printable chamber report", () => {
  it("shows the chamber, period and figures, and the deals signed in the period with both names and the product in Japanese", async () => {
    const w = await world();
    const html = await render(w.admin, "ja");
    const text = textOf(html);
    expect(text).toContain("見附商工会議所");
    expect(text).toContain("事業レポート");
    expect(text).toContain("2026年1月1日～2026年6月30日");
    expect(text).toMatch(/作成日時：\d{4}年\d{1,2}月\d{1,2}日/);
    // The funnel with its numbers: one member, whose inquiries opened in March include signed ones.
    expect(html).toMatch(/data-testid="funnel-members">1</);
    expect(html).toMatch(/data-testid="funnel-signed">1</);
    expect(html).toContain('data-testid="series-table"');
    expect(html).toContain('data-testid="by-member"');
    expect(html).toContain('data-testid="rec-pairs"');
    expect(text).toContain("期間中に成約した商談（1件）");
    const signed = textOf(html.slice(html.indexOf('data-testid="signed-deals"')));
    expect(signed).toContain("見附ニット 延辺貿易 ニットセーター 2026/06/15");
    expect(signed).not.toContain("燕カトラリー");
    expect(text).not.toContain("Scarves after the period");
  });

  it("names both parties and the product in Chinese for a Chinese reader", async () => {
    const w = await world();
    const text = textOf(await render(w.admin, "zh"));
    expect(text).toContain("见附商工会议所");
    expect(text).toContain("项目报告");
    expect(text).toContain("见附针织 延边贸易 针织毛衣");
    expect(text).not.toContain("延辺貿易");
  });

  it("shows a platform admin every chamber's signed deals, or one chamber's", async () => {
    const w = await world();
    const platform = await insertUser({ role: "platform_admin" });
    const all = textOf(await render(platform, "en"));
    expect(all).toContain("All chambers");
    expect(all).toContain("Agreements signed in the period (2)");
    expect(all).toContain("Tsubame Cutlery Yanbian Trading Cutlery for Yanbian");
    const one = textOf(await render(platform, "en", { ...period, chamber: w.tsubame.id }));
    expect(one).toContain("Agreements signed in the period (1)");
    expect(one).not.toContain("Mitsuke Knit");
  });

  it("gives the not-found page for another chamber's report or a chamber that does not exist", async () => {
    const w = await world();
    await expect(render(w.admin, "en", { ...period, chamber: w.tsubame.id })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    const platform = await insertUser({ role: "platform_admin" });
    await expect(render(platform, "en", { ...period, chamber: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    const member = await insertUser({ role: "sme" });
    await expect(render(member, "en")).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
