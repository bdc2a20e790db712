import "server-only";
import { and, count, eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { productImages, products } from "@/db/schema";
import { CatalogError } from "./errors";
import { MAX_IMAGES_PER_PRODUCT, processImage, type ProcessedImage } from "./image-processing";

export type Upload = { name: string; bytes: Uint8Array };

/**
 * Adds images to one of the company's own products, all or none: every file is checked and
 * re-encoded before anything is written, and the count is checked under a row lock so two
 * uploads at once cannot pass eight together.
 */
export async function addProductImages(companyId: string, productId: string, uploads: Upload[]): Promise<string[]> {
  if (uploads.length === 0) throw new CatalogError("noImage", "images");
  const processed: ProcessedImage[] = [];
  for (const upload of uploads) processed.push(await processImage(upload.bytes, upload.name));
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [product] = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.companyId, companyId), eq(products.id, productId)))
      .for("update");
    if (!product) throw new CatalogError("productNotFound");
    const [existing] = await tx
      .select({ n: count(), last: max(productImages.position) })
      .from(productImages)
      .where(eq(productImages.productId, product.id));
    const have = Number(existing?.n ?? 0);
    if (have + processed.length > MAX_IMAGES_PER_PRODUCT) {
      throw new CatalogError("tooManyImages", "images", { max: MAX_IMAGES_PER_PRODUCT, left: MAX_IMAGES_PER_PRODUCT - have });
    }
    const start = (existing?.last ?? -1) + 1;
    const rows = await tx
      .insert(productImages)
      .values(processed.map((image, i) => ({ productId: product.id, position: start + i, ...image })))
      .returning({ id: productImages.id });
    return rows.map((r) => r.id);
  });
}

/** Deletes an image of one of the company's own products; another company's image finds nothing. */
export async function deleteImage(companyId: string, imageId: string): Promise<void> {
  const db = await getDb();
  const [owned] = await db
    .select({ id: productImages.id })
    .from(productImages)
    .innerJoin(products, eq(products.id, productImages.productId))
    .where(and(eq(productImages.id, imageId), eq(products.companyId, companyId)))
    .limit(1);
  if (!owned) throw new CatalogError("imageNotFound");
  await db.delete(productImages).where(eq(productImages.id, owned.id));
}
