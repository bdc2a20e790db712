import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyMembers, matchQueue, products, type CompanyKind, type UserRole } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { pageForm } from "../support/forms";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const actions = await import("@/app/[locale]/company/products/actions");

withTestDatabase();

async function member(kind: CompanyKind, role: UserRole = kind) {
  const db = await getDb();
  const user = await insertUser({ role });
  const [company] = await db
    .insert(companies)
    .values({ ref: `C-${crypto.randomUUID().slice(0, 8)}`, kind, name: { ja: "見附ニット" }, country: "JP", region: "JP-15", status: "approved" })
    .returning();
  await db.insert(companyMembers).values({ companyId: company!.id, userId: user.id, role: "owner" });
  authMock.auth.mockResolvedValue({ user: { id: user.id, role }, expires: "2099-01-01" });
  return { user, company: company!, signIn: () => authMock.auth.mockResolvedValue({ user: { id: user.id, role }, expires: "2099-01-01" }) };
}

function redirectTarget(error: unknown): string | undefined {
  const digest = (error as { digest?: string })?.digest;
  return digest?.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

const sweater = {
  nameJa: "メリノウールのニットセーター",
  nameEn: "Merino wool knit sweater",
  descriptionJa: "新潟県見附市で編み立てたメリノウール100％の横編みセーター。",
  hsCode: "6110.11",
  priceMinJpy: "4,800",
  priceMaxJpy: "６２００",
  moq: "100",
  leadTimeDays: "45",
  keywords: "ニット、セーター; merino",
  certifications: "ISO 9001",
};

async function allProducts() {
  return (await getDb()).select().from(products);
}

describe("products", () => {
  it("creates a product with a generated ref, normalized numbers and lists, and queues matching", async () => {
    const { company } = await member("sme");
    const error = await actions.createProductAction(undefined, pageForm("en", sweater)).catch((e: unknown) => e);
    const [product] = await allProducts();
    expect(redirectTarget(error)).toBe(`/en/company/products/${product!.id}?created=1`);
    expect(product).toMatchObject({
      companyId: company.id,
      name: { ja: sweater.nameJa, en: sweater.nameEn },
      description: { ja: sweater.descriptionJa },
      hsCode: "611011",
      inferredHsCode: null,
      priceMinJpy: 4800,
      priceMaxJpy: 6200,
      moq: 100,
      leadTimeDays: 45,
      keywords: ["ニット", "セーター", "merino"],
      certifications: ["ISO 9001"],
      published: true,
    });
    expect(product!.ref).toMatch(/^P-[2-9A-Z]{6}$/);
    const queued = await (await getDb()).select().from(matchQueue).where(eq(matchQueue.companyId, company.id));
    expect(queued).toHaveLength(1);
  });

  it("stores a code inferred from the text as inferred, never as the sender's own", async () => {
    await member("sme");
    await actions.createProductAction(undefined, pageForm("en", { ...sweater, hsCode: "" })).catch(() => undefined);
    const [product] = await allProducts();
    expect(product!.hsCode).toBeNull();
    expect(product!.inferredHsCode).toMatch(/^6110/);
  });

  it("refuses a product without a name, a reversed price range and an unknown HS code, in the user's language", async () => {
    await member("sme");
    const state = await actions.createProductAction(
      undefined,
      pageForm("ja", { ...sweater, nameJa: "", nameEn: " ", priceMinJpy: "9000", priceMaxJpy: "100", moq: "たくさん" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.nameJa).toEqual(["製品名をいずれかの言語で入力してください。"]);
    expect(state.fieldErrors?.priceMaxJpy).toEqual(["最低価格は最高価格以下にしてください。"]);
    expect(state.fieldErrors?.moq).toEqual(["半角数字（整数）で入力してください。"]);
    const unknown = await actions.createProductAction(undefined, pageForm("zh", { ...sweater, hsCode: "9999" }));
    expect(unknown.fieldErrors?.hsCode).toEqual(["HS编码 9999 不在HS目录中。"]);
    expect(await allProducts()).toEqual([]);
  });

  it("tells a negative lead time that it cannot be negative, not that it needs digits", async () => {
    await member("sme");
    const ja = await actions.createProductAction(undefined, pageForm("ja", { ...sweater, leadTimeDays: "-5" }));
    expect(ja.fieldErrors?.leadTimeDays).toEqual(["0以上の数を入力してください。"]);
    const en = await actions.createProductAction(undefined, pageForm("en", { ...sweater, leadTimeDays: "－3" }));
    expect(en.fieldErrors?.leadTimeDays).toEqual(["Enter 0 or more: this cannot be negative."]);
    expect(await allProducts()).toEqual([]);
  });

  it("edits, unpublishes, republishes and deletes the company's own product", async () => {
    await member("sme");
    await actions.createProductAction(undefined, pageForm("en", sweater)).catch(() => undefined);
    const [product] = await allProducts();
    const productId = product!.id;
    const saved = await actions.updateProductAction(undefined, pageForm("en", { ...sweater, productId, nameEn: "Merino crew-neck sweater", moq: "50" }));
    expect(saved).toMatchObject({ ok: true, message: "The product was saved." });
    expect((await allProducts())[0]).toMatchObject({ name: { ja: sweater.nameJa, en: "Merino crew-neck sweater" }, moq: 50, ref: product!.ref });
    await actions.setPublishedAction(undefined, pageForm("en", { productId, published: "false" }));
    expect((await allProducts())[0]!.published).toBe(false);
    await actions.setPublishedAction(undefined, pageForm("en", { productId, published: "true" }));
    expect((await allProducts())[0]!.published).toBe(true);
    const error = await actions.deleteProductAction(undefined, pageForm("en", { productId })).catch((e: unknown) => e);
    expect(redirectTarget(error)).toBe("/en/company/products?deleted=1");
    expect(await allProducts()).toEqual([]);
  });

  it("finds nothing when another company forges a product id in any action", async () => {
    await member("sme");
    await actions.createProductAction(undefined, pageForm("en", sweater)).catch(() => undefined);
    const [victim] = await allProducts();
    await member("sme");
    const productId = victim!.id;
    const attempts = [
      actions.updateProductAction(undefined, pageForm("en", { ...sweater, productId, nameJa: "乗っ取り" })),
      actions.setPublishedAction(undefined, pageForm("en", { productId, published: "false" })),
      actions.deleteProductAction(undefined, pageForm("en", { productId })),
    ];
    for (const state of await Promise.all(attempts)) {
      expect(state).toMatchObject({ ok: false, message: "This product was not found." });
    }
    const [after] = await allProducts();
    expect(after).toEqual(victim);
  });

  it("refuses product actions to distributors and to users without a company", async () => {
    await member("distributor");
    expect((await actions.createProductAction(undefined, pageForm("en", sweater))).message).toBe("You are not allowed to do this.");
    const loner = await insertUser({ role: "sme" });
    authMock.auth.mockResolvedValue({ user: { id: loner.id, role: "sme" }, expires: "2099-01-01" });
    expect((await actions.createProductAction(undefined, pageForm("en", sweater))).ok).toBe(false);
    const db = await getDb();
    expect(
      await db
        .select()
        .from(products)
        .where(and(eq(products.moq, 100))),
    ).toEqual([]);
  });
});
