import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { productImages, products } from "@/db/schema";

/**
 * The first image of each product, and of each company's first published product, for cards
 * that show a thumbnail (search results). Keys are product or company ids; no image, no key.
 * Only published products count: the image route refuses the others to outside readers.
 */
export async function thumbnailsFor(ids: { productIds: string[]; companyIds: string[] }): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const first = async (where: SQL, key: "productId" | "companyId") => {
    const db = await getDb();
    const rows = await db
      .select({ imageId: productImages.id, productId: products.id, companyId: products.companyId })
      .from(productImages)
      .innerJoin(products, eq(products.id, productImages.productId))
      .where(and(eq(products.published, true), where))
      .orderBy(asc(products.position), asc(products.createdAt), asc(productImages.position), asc(productImages.createdAt));
    for (const row of rows) if (!out.has(row[key])) out.set(row[key], row.imageId);
  };
  if (ids.productIds.length) await first(inArray(products.id, ids.productIds), "productId");
  if (ids.companyIds.length) await first(inArray(products.companyId, ids.companyIds), "companyId");
  return out;
}
