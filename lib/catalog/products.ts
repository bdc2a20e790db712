import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { productImages, products, type NewProduct, type Product } from "@/db/schema";
import { CatalogError } from "./errors";
import { localized } from "./fields";
import { resolveHs } from "./hs";
import { companyChanged } from "@/lib/companies/changed";
import { newRef } from "./refs";
import type { ProductInput } from "./schemas";

/** The columns a product's form fills, HS resolved (the sender's own, or a suggestion). */
export function productValues(input: ProductInput, field = "hsCode"): Omit<NewProduct, "companyId" | "ref"> {
  const texts = [input.nameJa, input.nameZh, input.nameEn, input.descriptionJa, input.descriptionZh, input.descriptionEn, ...input.keywords];
  const description = localized(input.descriptionJa, input.descriptionZh, input.descriptionEn);
  return {
    name: localized(input.nameJa, input.nameZh, input.nameEn),
    description: Object.keys(description).length ? description : null,
    ...resolveHs(input.hsCode, texts, field),
    priceMinJpy: input.priceMinJpy ?? null,
    priceMaxJpy: input.priceMaxJpy ?? null,
    moq: input.moq ?? null,
    leadTimeDays: input.leadTimeDays ?? null,
    keywords: input.keywords,
    certifications: input.certifications,
  };
}

const own = (companyId: string, productId: string) => and(eq(products.companyId, companyId), eq(products.id, productId));

export async function createProduct(companyId: string, input: ProductInput): Promise<Product> {
  const values = productValues(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(products)
      .values({ ...values, companyId, ref: newRef("P"), published: true })
      .returning();
    await companyChanged(tx, companyId);
    return created!;
  });
}

/** Edits one of the company's own products; another company's id finds nothing. */
export async function updateProduct(companyId: string, productId: string, input: ProductInput): Promise<Product> {
  const values = productValues(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(products).set(values).where(own(companyId, productId)).returning();
    if (!updated) throw new CatalogError("productNotFound");
    await companyChanged(tx, companyId);
    return updated;
  });
}

/**
 * The owner publishes or unpublishes one of its products. A product a moderator unpublished stays
 * unpublished: only an admin publishes it again, after the owner asks for a review (./moderation).
 */
export async function setProductPublished(companyId: string, productId: string, published: boolean): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(products)
      .set({ published })
      .where(and(own(companyId, productId), isNull(products.moderationReason)))
      .returning({ id: products.id });
    if (!row) {
      const [moderated] = await tx.select({ id: products.id }).from(products).where(own(companyId, productId)).limit(1);
      throw new CatalogError(moderated ? "moderatedProduct" : "productNotFound");
    }
    await companyChanged(tx, companyId);
  });
}

export async function deleteProduct(companyId: string, productId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(products).where(own(companyId, productId)).returning({ id: products.id });
    if (!row) throw new CatalogError("productNotFound");
    await companyChanged(tx, companyId);
  });
}

export type ImageMeta = { id: string; width: number; height: number; position: number };

export async function imagesOf(productId: string, executor?: Executor): Promise<ImageMeta[]> {
  const db = executor ?? (await getDb());
  return db
    .select({ id: productImages.id, width: productImages.width, height: productImages.height, position: productImages.position })
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.position), asc(productImages.createdAt));
}

export async function getOwnProduct(companyId: string, productId: string): Promise<(Product & { images: ImageMeta[] }) | undefined> {
  const db = await getDb();
  const [product] = await db.select().from(products).where(own(companyId, productId)).limit(1);
  if (!product) return undefined;
  return { ...product, images: await imagesOf(product.id, db) };
}

const firstImageId = sql<
  string | null
>`(select ${productImages.id} from ${productImages} where ${productImages.productId} = ${products.id} order by ${productImages.position}, ${productImages.createdAt} limit 1)`;
const imageCount = sql<number>`(select count(*)::int from ${productImages} where ${productImages.productId} = ${products.id})`;

export type OwnProductRow = Product & { firstImageId: string | null; imageCount: number };

export async function listOwnProducts(companyId: string): Promise<OwnProductRow[]> {
  const db = await getDb();
  const rows = await db
    .select({ product: products, firstImageId, imageCount })
    .from(products)
    .where(eq(products.companyId, companyId))
    .orderBy(asc(products.position), desc(products.createdAt));
  return rows.map((r) => ({ ...r.product, firstImageId: r.firstImageId, imageCount: Number(r.imageCount) }));
}

export { firstImageId as firstImageIdColumn };
