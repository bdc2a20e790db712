import { and, eq } from "drizzle-orm";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chambers, productImages, products, showroomApplicationProducts, showroomApplications, showroomOffers, type User } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { displayToday } from "@/lib/showrooms/dates";
import { insertUser } from "../support/accounts";
import { insertCompany, insertSupplier } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { renderServer, textOf } from "../support/server-render";

/** What the pages show that issue 12 found missing: badges, products under review, thumbnails, free showrooms. */

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));
vi.mock("@/lib/i18n/navigation", async () => {
  const react = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => react.createElement("a", { href, ...rest }, children),
    useRouter: () => ({ refresh: () => {}, push: () => {}, replace: () => {} }),
    usePathname: () => "/",
  };
});

const { default: OwnProductsPage } = await import("@/app/[locale]/company/products/page");
const { default: AdminCompanyPage } = await import("@/app/[locale]/admin/companies/[id]/page");
const { default: SearchPage } = await import("@/app/[locale]/search/page");
const { default: OfferPage } = await import("@/app/[locale]/showrooms/[id]/page");
const { default: DashboardPage } = await import("@/app/[locale]/dashboard/page");

withTestDatabase();

async function render(user: User, locale: Locale, page: Promise<ReactNode>): Promise<string> {
  reader.locale = locale;
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
  return renderServer(locale, await page);
}

const params = <P extends object>(p: P, search: Record<string, string> = {}) => ({ params: Promise.resolve(p), searchParams: Promise.resolve(search) });

function day(offset: number): string {
  const date = new Date(`${displayToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

async function imageFor(productId: string): Promise<string> {
  const [image] = await (
    await getDb()
  )
    .insert(productImages)
    .values({ productId, mime: "image/webp", width: 4, height: 3, data: Buffer.from([1, 2, 3]) })
    .returning();
  return image!.id;
}

async function showroom(feeJpy: number | null) {
  const dayang = await insertCompany({ kind: "distributor", name: { zh: "延边大洋商贸" } }, await insertUser({ role: "distributor" }));
  const [offer] = await (
    await getDb()
  )
    .insert(showroomOffers)
    .values({
      companyId: dayang.id,
      title: { zh: "延吉日本商品展示厅" },
      place: "延吉",
      region: "CN-JL",
      startsOn: day(-5),
      endsOn: day(100),
      feeJpy,
      categories: [],
    })
    .returning();
  return offer!;
}

describe("pages after issue 12", () => {
  it("shows the on-display badge in the SME's own product list", async () => {
    const owner = await insertUser({ role: "sme" });
    const knit = await insertCompany({ name: { ja: "見附ニット" } }, owner);
    const db = await getDb();
    const [shown] = await db
      .insert(products)
      .values({ companyId: knit.id, ref: "K-1", name: { ja: "メリノニット" } })
      .returning();
    await db.insert(products).values({ companyId: knit.id, ref: "K-2", name: { ja: "綿の手袋" } });
    const offer = await showroom(50000);
    const [application] = await db.insert(showroomApplications).values({ offerId: offer.id, smeId: knit.id, status: "accepted" }).returning();
    await db.insert(showroomApplicationProducts).values({ applicationId: application!.id, productId: shown!.id });
    const html = await render(owner, "ja", OwnProductsPage(params({ locale: "ja" })));
    const item = (name: string) => html.split('data-testid="own-product"').find((part) => part.includes(name))!;
    expect(textOf(item("メリノニット"))).toContain("延吉で展示中");
    expect(item("綿の手袋")).not.toContain('data-testid="display-badge"');
  });

  it("shows the chamber admin the products of the company under review, published or not", async () => {
    const db = await getDb();
    const [chamber] = await db
      .insert(chambers)
      .values({ key: "mitsuke", name: { ja: "見附商工会議所" } })
      .returning();
    const company = await insertCompany({ chamberId: chamber!.id, status: "pending" }, await insertUser({ role: "sme" }));
    await db.insert(products).values({ companyId: company.id, ref: "P-1", name: { en: "Merino sweater" } });
    await db.insert(products).values({ companyId: company.id, ref: "P-2", name: { en: "Draft scarf" }, published: false });
    const admin = await insertUser({ role: "chamber_admin", chamberId: chamber!.id });
    const html = await render(admin, "en", AdminCompanyPage(params({ locale: "en" as const, id: company.id })));
    const section = textOf(html.split('data-testid="review-products"')[1] ?? "");
    expect(section).toContain("Products (2)");
    expect(section).toContain("Merino sweater");
    expect(section).toMatch(/Draft scarf.*Not published/);
  });

  it("puts the first photo of each product, and of a company's first product, on its search result", async () => {
    const supplier = await insertSupplier({ name: { ja: "燕カトラリー" } }, [{ name: { ja: "ステンレスのスプーン" } }, { name: { ja: "写真のないフォーク" } }]);
    const db = await getDb();
    const [spoon] = await db
      .select()
      .from(products)
      .where(and(eq(products.companyId, supplier.id), eq(products.ref, "p0")));
    const photo = await imageFor(spoon!.id);
    const reader = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, reader);
    const html = await render(reader, "zh", SearchPage(params({ locale: "zh" as const })));
    const result = (name: string) => html.split('data-testid="search-result"').find((part) => part.includes(name))!;
    expect(result("ステンレスのスプーン")).toContain(`src="/api/images/${photo}"`);
    expect(result("写真のないフォーク")).toContain('data-testid="thumbnail"');
    expect(result("写真のないフォーク")).not.toContain("/api/images/");
    const companyCard = html.split('data-testid="search-result"').find((part) => part.startsWith(' data-kind="company"') && part.includes(supplier.id))!;
    expect(companyCard).toContain(`src="/api/images/${photo}"`);
  });

  it("shows a free showroom as free rather than ¥0", async () => {
    const offer = await showroom(0);
    const sme = await insertUser({ role: "sme" });
    await insertCompany({}, sme);
    for (const [locale, free] of [
      ["en", "Free"],
      ["ja", "無料"],
      ["zh", "免费"],
    ] as const) {
      const html = await render(sme, locale, OfferPage(params({ locale, id: offer.id })));
      const fee = textOf(html.split('data-testid="offer-fee"')[1]!.split("</div>")[0]!);
      expect(fee).toContain(free);
      expect(fee).not.toMatch(/¥\s?0/);
    }
  });

  it("heads the English dashboard's overview in plain English", async () => {
    const sme = await insertUser({ role: "sme" });
    await insertCompany({}, sme);
    const html = textOf(await render(sme, "en", DashboardPage(params({ locale: "en" }))));
    expect(html).toContain("At a glance");
    expect(html).not.toContain("What needs you");
  });
});
