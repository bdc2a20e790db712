import "server-only";
import { and, count, eq, max } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { productImages, products } from "@/db/schema";
import { CatalogError } from "./errors";
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_PRODUCT, processImage, type ProcessedImage } from "./image-processing";

export type Upload = { name: string; bytes: Uint8Array };

/**
 * Adds images to one of the company's own products, all or none. The cheap refusals come first:
 * a product that is not the company's, or has no room for this many, and a file over the size
 * limit are refused before sharp decodes any file. Every file is then checked and re-encoded
 * before anything is written, and the count is checked again under a row lock so two uploads at
 * once cannot pass eight together.
 */
export async function addProductImages(companyId: string, productId: string, uploads: Upload[]): Promise<string[]> {
  if (uploads.length === 0) throw new CatalogError("noImage", "images");
  const db = await getDb();
  await roomFor(db, companyId, productId, uploads.length);
  const tooLarge = uploads.find((upload) => upload.bytes.byteLength > MAX_IMAGE_BYTES);
  if (tooLarge) throw new CatalogError("imageTooLarge", "images", { name: tooLarge.name });
  const processed: ProcessedImage[] = [];
  for (const upload of uploads) processed.push(await processImage(upload.bytes, upload.name));
  return db.transaction(async (tx) => {
    const start = await roomFor(tx, companyId, productId, processed.length, { lock: true });
    const rows = await tx
      .insert(productImages)
      .values(processed.map((image, i) => ({ productId, position: start + i, ...image })))
      .returning({ id: productImages.id });
    return rows.map((r) => r.id);
  });
}

/** The position after the product's last image, once the product is known to be the company's and to have room. */
async function roomFor(db: Executor, companyId: string, productId: string, adding: number, options: { lock?: boolean } = {}): Promise<number> {
  const owned = db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.companyId, companyId), eq(products.id, productId)));
  const [product] = options.lock ? await owned.for("update") : await owned;
  if (!product) throw new CatalogError("productNotFound");
  const [existing] = await db
    .select({ n: count(), last: max(productImages.position) })
    .from(productImages)
    .where(eq(productImages.productId, product.id));
  const have = Number(existing?.n ?? 0);
  if (have + adding > MAX_IMAGES_PER_PRODUCT) {
    throw new CatalogError("tooManyImages", "images", { max: MAX_IMAGES_PER_PRODUCT, left: MAX_IMAGES_PER_PRODUCT - have });
  }
  return (existing?.last ?? -1) + 1;
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
