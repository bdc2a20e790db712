import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chambers, products, type User } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { renderServer, textOf } from "../support/server-render";

/** What the owner and the chamber admin see of a product a moderator unpublished. */

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
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
const { default: EditProductPage } = await import("@/app/[locale]/company/products/[id]/page");
const { default: ProductPage } = await import("@/app/[locale]/products/[id]/page");

withTestDatabase();

async function render(user: User, locale: Locale, page: (locale: Locale) => Promise<ReactNode>): Promise<string> {
  reader.locale = locale;
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
  return renderServer(locale, await page(locale));
}

async function world() {
  const db = await getDb();
  const [chamber] = await db
    .insert(chambers)
    .values({ key: "mitsuke", name: { ja: "見附商工会議所" } })
    .returning();
  const owner = await insertUser({ role: "sme" });
  const company = await insertCompany({ chamberId: chamber!.id }, owner);
  const [product] = await db
    .insert(products)
    .values({
      companyId: company.id,
      ref: "P-1",
      name: { ja: "ニットセーター", en: "Knit sweater" },
      published: false,
      moderationReason: "Counterfeit brand logo",
    })
    .returning();
  const admin = await insertUser({ role: "chamber_admin", chamberId: chamber!.id });
  return { owner, product: product!, admin };
}

const params = <P extends object>(p: P) => ({ params: Promise.resolve(p), searchParams: Promise.resolve({}) });

describe("a product a moderator unpublished", () => {
  it("offers its owner a review request instead of the Publish button", async () => {
    const { owner, product } = await world();
    await (await getDb()).insert(products).values({ companyId: product.companyId, ref: "P-2", name: { en: "Wool scarf" }, published: false });
    const list = await render(owner, "en", (locale) => OwnProductsPage(params({ locale })));
    const item = (name: string) => list.split('data-testid="own-product"').find((html) => html.includes(name))!;
    expect(textOf(item("Knit sweater"))).toContain("Unpublished by an administrator. Reason: Counterfeit brand logo");
    expect(item("Knit sweater")).toContain(`href="/company/products/${product.id}#review"`);
    expect(textOf(item("Knit sweater"))).toContain("Ask for a review");
    expect(item("Knit sweater")).not.toMatch(/<button[^>]*>Publish<\/button>/);
    // A product its owner unpublished keeps its one-click Publish.
    expect(item("Wool scarf")).toMatch(/<button[^>]*>Publish<\/button>/);

    const edit = await render(owner, "ja", (locale) => EditProductPage(params({ locale, id: product.id })));
    expect(edit).toContain('data-testid="review-form"');
    expect(textOf(edit)).toContain("変更した内容");
    expect(textOf(edit)).toContain("再審査を依頼する");
  });

  it("offers the chamber's admin to publish it again", async () => {
    const { admin, product } = await world();
    const page = await render(admin, "ja", (locale) => ProductPage(params({ locale, id: product.id })));
    expect(page).toContain('data-testid="republish"');
    expect(page).toMatch(/<button[^>]*>再公開する<\/button>/);
    expect(page).not.toContain('data-testid="unpublish-form"');
    // The label's colon is the language's own.
    expect(page).toMatch(/企業：<a [^>]*data-testid="product-company"/);
  });
});
