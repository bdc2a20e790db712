import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, productImages, products, type Company, type Product, type User } from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import { firstImageIdColumn, imagesOf, type ImageMeta } from "./products";
import { canViewProduct, type Viewer } from "./access";

export async function viewerOf(user: User): Promise<Viewer> {
  const membership = await getMembership(user.id);
  return { role: user.role, chamberId: user.chamberId, companyId: membership?.company.id };
}

export type ProductView = Product & { images: ImageMeta[]; company: Company; isOwn: boolean };

/** A product as `user` may see it, or undefined: a hidden product and a missing one look the same. */
export async function getProductForViewer(user: User, productId: string): Promise<ProductView | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ product: products, company: companies })
    .from(products)
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(eq(products.id, productId))
    .limit(1);
  if (!row) return undefined;
  const viewer = await viewerOf(user);
  if (!canViewProduct(viewer, row.product, row.company)) return undefined;
  return { ...row.product, company: row.company, images: await imagesOf(row.product.id, db), isOwn: viewer.companyId === row.company.id };
}

/** An image's bytes for `user`, under the same rule as its product's page. */
export async function getImageForViewer(user: User, imageId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ image: productImages, product: products, company: companies })
    .from(productImages)
    .innerJoin(products, eq(products.id, productImages.productId))
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(eq(productImages.id, imageId))
    .limit(1);
  if (!row) return undefined;
  if (!canViewProduct(await viewerOf(user), row.product, row.company)) return undefined;
  return row.image;
}

export type ProductSummary = Pick<Product, "id" | "ref" | "name" | "hsCode" | "inferredHsCode" | "priceMinJpy" | "priceMaxJpy" | "moq" | "companyId"> & {
  firstImageId: string | null;
};

/** The published products of an approved company, for its public profile and product cards. */
export async function listPublishedProducts(companyId: string): Promise<ProductSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: products.id,
      ref: products.ref,
      name: products.name,
      hsCode: products.hsCode,
      inferredHsCode: products.inferredHsCode,
      priceMinJpy: products.priceMinJpy,
      priceMaxJpy: products.priceMaxJpy,
      moq: products.moq,
      companyId: products.companyId,
      firstImageId: firstImageIdColumn,
    })
    .from(products)
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(and(eq(products.companyId, companyId), eq(products.published, true), eq(companies.status, "approved"), isNull(companies.deletedAt)))
    .orderBy(asc(products.position), desc(products.createdAt));
}
