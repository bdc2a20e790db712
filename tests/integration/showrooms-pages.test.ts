import type { ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companyBlocks, products, salesChannels, showroomApplicationProducts, showroomApplications, showroomOffers, type User } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { displayToday } from "@/lib/showrooms/dates";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { renderServer, textOf } from "../support/server-render";

/** Renders the showroom pages as a signed-in reader would get them, server components resolved by hand. */

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));
vi.mock("@/lib/i18n/navigation", async () => {
  const react = await import("react");
  return { Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => react.createElement("a", { href, ...rest }, children) };
});

const { default: ShowroomsPage } = await import("@/app/[locale]/showrooms/page");
const { default: OfferPage } = await import("@/app/[locale]/showrooms/[id]/page");
const { default: NewOfferPage } = await import("@/app/[locale]/showrooms/new/page");

withTestDatabase();

async function render(user: User, locale: Locale, page: ReactNode | Promise<ReactNode>): Promise<string> {
  reader.locale = locale;
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
  return renderServer(locale, await page);
}

const text = textOf;
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

function day(offset: number): string {
  const date = new Date(`${displayToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

async function world() {
  const db = await getDb();
  const dayangUser = await insertUser({ role: "distributor" });
  const dayang = await insertCompany({ kind: "distributor", name: { zh: "延边大洋商贸" } }, dayangUser);
  await db.insert(salesChannels).values({ companyId: dayang.id, type: "showroom", regions: ["CN-JL"] });
  const knitUser = await insertUser({ role: "sme" });
  const knit = await insertCompany({ name: { ja: "見附ニット工業" } }, knitUser);
  const otherSme = await insertCompany({ name: { ja: "小千谷織物" } });
  const [offer] = await db
    .insert(showroomOffers)
    .values({
      companyId: dayang.id,
      title: { zh: "延吉日本商品展示厅" },
      place: "延吉日本商品馆",
      region: "CN-JL",
      startsOn: day(-5),
      endsOn: day(100),
      feeJpy: 50000,
      categories: ["61"],
    })
    .returning();
  const [sweater] = await db
    .insert(products)
    .values({ companyId: knit.id, ref: "K-1", name: { ja: "メリノニット" }, hsCode: "611011" })
    .returning();
  await db.insert(products).values({ companyId: knit.id, ref: "S-1", name: { ja: "純米吟醸" }, hsCode: "220600" });
  await db.insert(products).values({ companyId: knit.id, ref: "D-1", name: { ja: "下書きの製品" }, published: false });
  await db.insert(products).values({ companyId: otherSme.id, ref: "O-1", name: { ja: "他社のストール" } });
  const [application] = await db.insert(showroomApplications).values({ offerId: offer!.id, smeId: knit.id, message: "冬物です" }).returning();
  await db.insert(showroomApplicationProducts).values({ applicationId: application!.id, productId: sweater!.id });
  return { dayangUser, knitUser, dayang, knit, offer: offer!, application: application! };
}

describe("showroom pages", () => {
  beforeEach(() => authMock.auth.mockReset());

  it("shows the distributor its offer with the application and accept/decline", async () => {
    const { dayangUser, offer } = await world();
    const list = text(await render(dayangUser, "zh", ShowroomsPage(params({ locale: "zh" as const }))));
    expect(list).toContain("延吉日本商品展示厅");
    expect(list).toContain("共1份申请，1份待答复");
    const page = await render(dayangUser, "zh", OfferPage(params({ locale: "zh" as const, id: offer.id })));
    expect(page).toContain('data-testid="application"');
    expect(text(page)).toMatch(/見附ニット工業.*待答复.*メリノニット.*冬物です.*接受.*婉拒/);
    expect(text(page)).toContain("截止招募");
    expect(text(page)).toContain("¥50,000");
    expect(text(page)).toMatch(/接受的品类 61 — \S/);
  });

  it("offers the SME only its own published products, and shows its waiting application", async () => {
    const { knitUser, offer } = await world();
    const list = text(await render(knitUser, "ja", ShowroomsPage(params({ locale: "ja" as const }))));
    expect(list).toMatch(/延吉日本商品展示厅.*自社の応募： 回答待ち/);
    const waiting = await render(knitUser, "ja", OfferPage(params({ locale: "ja" as const, id: offer.id })));
    expect(waiting).toContain('data-testid="apply-pending"');
    expect(text(waiting)).toMatch(/回答待ち メリノニット 取り下げる/);
    expect(waiting).not.toContain('data-testid="apply-form"');
    await (await getDb()).delete(showroomApplications);
    const page = await render(knitUser, "ja", OfferPage(params({ locale: "ja" as const, id: offer.id })));
    expect(page).toContain('data-testid="apply-form"');
    expect(text(page)).toMatch(/メリノニット K-1 .*純米吟醸 S-1 受付品目外/);
    expect(page).not.toContain("下書きの製品");
    expect(page).not.toContain("他社のストール");
    expect(page).not.toContain('data-testid="applications"');
  });

  it("keeps the offer and the application readable after a block, without the apply form or accept/decline", async () => {
    const { dayangUser, knitUser, dayang, knit, offer } = await world();
    await (await getDb()).insert(companyBlocks).values({ blockerId: dayang.id, blockedId: knit.id });
    const distributorPage = await render(dayangUser, "en", OfferPage(params({ locale: "en" as const, id: offer.id })));
    expect(text(distributorPage)).toMatch(/見附ニット工業 .*Waiting.*Contact with this company has ended: this application can no longer be answered\./);
    expect(text(distributorPage)).not.toMatch(/Accept|Decline/);

    await (await getDb()).delete(showroomApplications);
    const smeList = text(await render(knitUser, "ja", ShowroomsPage(params({ locale: "ja" as const }))));
    expect(smeList).toContain("延吉日本商品展示厅");
    const smePage = await render(knitUser, "ja", OfferPage(params({ locale: "ja" as const, id: offer.id })));
    expect(text(smePage)).toContain("このディストリビューターとのやり取りは終了しているため、その展示スペースには応募できません。");
    expect(smePage).not.toContain('data-testid="apply-form"');
  });

  it("hides the offer from another distributor and the publishing form from a distributor without a showroom channel", async () => {
    const { offer } = await world();
    const rival = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, rival);
    await expect(render(rival, "en", OfferPage(params({ locale: "en" as const, id: offer.id })))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404"),
    });
    const page = await render(rival, "en", NewOfferPage(params({ locale: "en" as const })));
    expect(page).toContain('data-testid="no-showroom-channel"');
    expect(page).not.toContain('data-testid="offer-form"');
  });
});
