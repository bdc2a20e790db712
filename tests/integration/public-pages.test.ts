import type { ReactNode } from "react";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyMembers, productImages, products, type Company } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";
import { renderServer, textOf } from "../support/server-render";

/** Public, chamber-vetted pages: only approved companies that opted in, read without an account. */

const reader = vi.hoisted(() => ({ locale: "zh" as "ja" | "zh" | "en" }));
const authMock = vi.hoisted(() => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));
vi.mock("@/lib/i18n/navigation", async () => {
  const react = await import("react");
  return { Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => react.createElement("a", { href, ...rest }, children) };
});

const { default: ProductPage, generateMetadata: productMetadata } = await import("@/app/[locale]/p/products/[id]/page");
const { default: CompanyPage, generateMetadata: companyMetadata } = await import("@/app/[locale]/p/companies/[id]/page");
const { default: sitemap } = await import("@/app/sitemap");
const { setPublicProfileAction } = await import("@/app/[locale]/company/actions");
const { GET: publicImage } = await import("@/app/api/public-images/[id]/route");

withTestDatabase();

const params = (locale: "ja" | "zh" | "en", id: string) => ({ params: Promise.resolve({ locale, id }) });

async function productOf(company: Company, name: Record<string, string>, published = true) {
  const db = await getDb();
  const [row] = await db
    .insert(products)
    .values({ companyId: company.id, ref: `p-${crypto.randomUUID().slice(0, 6)}`, name, published, priceMinJpy: 1200, priceMaxJpy: 1800 })
    .returning();
  return row!;
}

async function world() {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const owner = await insertUser({ role: "sme" });
  const open = await insertCompany(
    { name: { ja: "見附ニット工業", zh: "见附针织工业" }, chamberId: chamber.id, publicProfile: true, wechatId: "mitsuke_knit", phone: "+81258620000" },
    owner,
  );
  const sweater = await productOf(open, { ja: "メリノセーター", zh: "美利奴毛衣" });
  const draft = await productOf(open, { ja: "試作品" }, false);
  const closed = await insertCompany({ name: { ja: "非公開織物" } });
  const closedProduct = await productOf(closed, { ja: "非公開の布" });
  const pending = await insertCompany({ name: { ja: "審査中製作所" }, status: "pending", publicProfile: true });
  const pendingProduct = await productOf(pending, { ja: "審査中の鍋" });
  const suspended = await insertCompany({ name: { ja: "停止中工業" }, status: "suspended", publicProfile: true });
  const suspendedProduct = await productOf(suspended, { ja: "停止中の包丁" });
  return { owner, open, sweater, draft, closed, closedProduct, pending, pendingProduct, suspended, suspendedProduct };
}

async function render(locale: "ja" | "zh" | "en", page: Promise<ReactNode>): Promise<string> {
  reader.locale = locale;
  return renderServer(locale, await page);
}

const notFound = expect.objectContaining({ digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404") });

describe("public product and company pages", () => {
  it("show a public company's product to a visitor in Chinese, with its price range but no contacts", async () => {
    const w = await world();
    authMock.auth.mockResolvedValue(null);
    const html = await render("zh", ProductPage(params("zh", w.sweater.id)));
    const text = textOf(html);
    expect(text).toContain("美利奴毛衣");
    expect(text).toContain("见附针织工业");
    expect(text).toContain("¥1,200");
    expect(text).toContain("询盘、联系方式和详细交易条件仅向注册用户显示");
    expect(text).not.toContain("mitsuke_knit");
    expect(text).not.toContain("+81258620000");
    expect(html).toContain(`href="/sign-in?callbackUrl=${encodeURIComponent(`/zh/products/${w.sweater.id}`)}"`);
  });

  it("show a public company's profile with its published products only", async () => {
    const w = await world();
    const text = textOf(await render("ja", CompanyPage(params("ja", w.open.id))));
    expect(text).toContain("見附ニット工業");
    expect(text).toContain("Mitsuke Chamber of Commerce and Industryの審査を経た会員");
    expect(text).toContain("メリノセーター");
    expect(text).not.toContain("試作品");
    expect(text).not.toContain("mitsuke_knit");
  });

  it("are not found for private, pending and suspended companies, unpublished products and ids that are not uuids", async () => {
    const w = await world();
    for (const id of [w.closed.id, w.pending.id, w.suspended.id, "not-a-uuid"]) {
      await expect(render("en", CompanyPage(params("en", id)))).rejects.toEqual(notFound);
    }
    for (const id of [w.closedProduct.id, w.pendingProduct.id, w.suspendedProduct.id, w.draft.id]) {
      await expect(render("en", ProductPage(params("en", id)))).rejects.toEqual(notFound);
    }
  });

  it("disappear when the company is suspended, deleted or opts out", async () => {
    const w = await world();
    const db = await getDb();
    const visible = async () => {
      try {
        await render("en", ProductPage(params("en", w.sweater.id)));
        return true;
      } catch {
        return false;
      }
    };
    expect(await visible()).toBe(true);
    await db.update(companies).set({ status: "suspended" }).where(eq(companies.id, w.open.id));
    expect(await visible()).toBe(false);
    await db.update(companies).set({ status: "approved", deletedAt: new Date() }).where(eq(companies.id, w.open.id));
    expect(await visible()).toBe(false);
    await db.update(companies).set({ deletedAt: null, publicProfile: false }).where(eq(companies.id, w.open.id));
    expect(await visible()).toBe(false);
  });

  it("name their ja, zh and en versions as hreflang alternates, with OpenGraph tags", async () => {
    const w = await world();
    const meta = await productMetadata(params("zh", w.sweater.id));
    const base = process.env.APP_URL ?? "http://localhost:3000";
    expect(meta.alternates?.languages).toEqual({
      ja: `${base}/ja/p/products/${w.sweater.id}`,
      "zh-Hans": `${base}/zh/p/products/${w.sweater.id}`,
      en: `${base}/en/p/products/${w.sweater.id}`,
      "x-default": `${base}/en/p/products/${w.sweater.id}`,
    });
    expect(meta.alternates?.canonical).toBe(`${base}/zh/p/products/${w.sweater.id}`);
    expect(meta.openGraph).toMatchObject({ title: "美利奴毛衣（见附针织工业）| 架桥", locale: "zh_CN", url: `${base}/zh/p/products/${w.sweater.id}` });
    expect(await companyMetadata(params("en", w.pending.id))).toEqual({});
  });

  it("carry schema.org data in which a company's own text cannot close the script element", async () => {
    const owner = await insertUser({ role: "sme" });
    const company = await insertCompany({ name: { en: "Knit </script><script>alert(1)</script> Co." }, publicProfile: true }, owner);
    const product = await productOf(company, { en: "Sweater </script><img src=x onerror=alert(1)>" });
    const html = await render("en", ProductPage(params("en", product.id)));
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(script).not.toBeNull();
    expect(script![1]).not.toContain("<");
    const data = JSON.parse(script![1]!) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@type": "Product",
      name: "Sweater </script><img src=x onerror=alert(1)>",
      brand: { "@type": "Organization", name: "Knit </script><script>alert(1)</script> Co." },
      offers: { "@type": "AggregateOffer", priceCurrency: "JPY", lowPrice: 1200, highPrice: 1800 },
    });
    const profile = await render("en", CompanyPage(params("en", company.id)));
    const org = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(profile)![1]!) as Record<string, unknown>;
    expect(org).toMatchObject({ "@type": "Organization", name: "Knit </script><script>alert(1)</script> Co." });
  });
});

describe("the sitemap", () => {
  it("lists public approved companies and their published products in every language, and nothing else", async () => {
    const w = await world();
    const urls = (await sitemap()).map((entry) => entry.url);
    const base = process.env.APP_URL ?? "http://localhost:3000";
    const expected = ["ja", "zh", "en"].flatMap((l) => [`${base}/${l}/p/companies/${w.open.id}`, `${base}/${l}/p/products/${w.sweater.id}`]);
    expect(urls.sort()).toEqual(expected.sort());
    const entry = (await sitemap()).find((e) => e.url.endsWith(`/ja/p/products/${w.sweater.id}`));
    expect(entry?.alternates?.languages).toMatchObject({ "zh-Hans": `${base}/zh/p/products/${w.sweater.id}` });
  });
});

describe("the public page setting", () => {
  it("lets the owner make the company public and private again", async () => {
    const w = await world();
    const db = await getDb();
    authMock.auth.mockResolvedValue({ user: { id: w.owner.id }, expires: "2099-01-01" });
    await db.update(companies).set({ publicProfile: false }).where(eq(companies.id, w.open.id));
    const on = await setPublicProfileAction(undefined, pageForm("ja", { public: "true" }));
    expect(on).toEqual({ ok: true, message: "公開ページを有効にしました。" });
    expect((await sitemap()).some((e) => e.url.includes(w.open.id))).toBe(true);
    await setPublicProfileAction(undefined, pageForm("en", { public: "false" }));
    const [row] = await db.select({ publicProfile: companies.publicProfile }).from(companies).where(eq(companies.id, w.open.id));
    expect(row?.publicProfile).toBe(false);
  });

  it("is refused to a member who is not the owner, and to a suspended company, changing nothing", async () => {
    const w = await world();
    const db = await getDb();
    const colleague = await insertUser({ role: "sme" });
    await db.insert(companyMembers).values({ companyId: w.closed.id, userId: colleague.id, role: "member" });
    authMock.auth.mockResolvedValue({ user: { id: colleague.id }, expires: "2099-01-01" });
    const refused = await setPublicProfileAction(undefined, pageForm("en", { public: "true" }));
    expect(refused.ok).toBe(false);
    const suspendedOwner = await insertUser({ role: "sme" });
    await db.insert(companyMembers).values({ companyId: w.suspended.id, userId: suspendedOwner.id, role: "owner" });
    await db.update(companies).set({ publicProfile: false }).where(eq(companies.id, w.suspended.id));
    authMock.auth.mockResolvedValue({ user: { id: suspendedOwner.id }, expires: "2099-01-01" });
    expect((await setPublicProfileAction(undefined, pageForm("en", { public: "true" }))).ok).toBe(false);
    const rows = await db.select({ id: companies.id, publicProfile: companies.publicProfile }).from(companies);
    expect(rows.find((r) => r.id === w.closed.id)?.publicProfile).toBe(false);
    expect(rows.find((r) => r.id === w.suspended.id)?.publicProfile).toBe(false);
  });
});

describe("public product images", () => {
  it("are served without an account for a public company's published product only, and named as its OpenGraph image", async () => {
    const w = await world();
    const db = await getDb();
    const image = async (productId: string) =>
      (
        await db
          .insert(productImages)
          .values({ productId, mime: "image/webp", width: 4, height: 3, data: Buffer.from([1, 2, 3]) })
          .returning()
      )[0]!;
    const shown = await image(w.sweater.id);
    const hidden = [await image(w.draft.id), await image(w.closedProduct.id), await image(w.pendingProduct.id), await image(w.suspendedProduct.id)];
    const get = (id: string) => publicImage(new Request(`http://localhost:3000/api/public-images/${id}`), { params: Promise.resolve({ id }) });

    const ok = await get(shown.id);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(Buffer.from([1, 2, 3]));
    for (const other of hidden) expect((await get(other.id)).status).toBe(404);

    const html = await render("en", ProductPage(params("en", w.sweater.id)));
    expect(html).toContain(`src="/api/public-images/${shown.id}"`);
    const meta = await productMetadata(params("en", w.sweater.id));
    const base = process.env.APP_URL ?? "http://localhost:3000";
    expect(meta.openGraph?.images).toEqual([{ url: `${base}/api/public-images/${shown.id}` }]);

    await db.update(companies).set({ publicProfile: false }).where(eq(companies.id, w.open.id));
    expect((await get(shown.id)).status).toBe(404);
  });
});
