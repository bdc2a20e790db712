import sharp from "sharp";
import { CatalogError } from "./errors";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_PRODUCT = 8;
export const MAX_IMAGE_EDGE = 1600;
/**
 * Pixels an image may have, checked from its header before it is decoded: decoding takes about
 * four bytes a pixel, so a 5 MB PNG of 16,000 × 16,000 would need a gigabyte. 50 megapixels is
 * more than a phone camera's photo.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

export type ProcessedImage = { data: Buffer; mime: string; width: number; height: number };

const accepted = new Set(["jpeg", "png", "webp"]);

/**
 * Checks an upload by its bytes (sharp reads the header; the file name and the browser's type are
 * ignored), then re-encodes it: orientation applied, at most 1600 px, metadata (EXIF, GPS) dropped.
 * JPEGs stay JPEG; PNG and WebP become WebP, which keeps transparency at a fraction of the size.
 */
export async function processImage(bytes: Uint8Array, fileName: string): Promise<ProcessedImage> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new CatalogError("imageTooLarge", "images", { name: fileName });
  let format: string | undefined;
  let pixels = 0;
  try {
    const metadata = await sharp(bytes).metadata();
    format = metadata.format;
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  } catch {
    format = undefined;
  }
  if (!format || !accepted.has(format)) throw new CatalogError("notAnImage", "images", { name: fileName });
  if (pixels > MAX_IMAGE_PIXELS) throw new CatalogError("imageTooManyPixels", "images", { name: fileName, max: MAX_IMAGE_PIXELS / 1_000_000 });
  try {
    // The limit again for the decoder, in case the header understated the size.
    const pipeline = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize({ width: MAX_IMAGE_EDGE, height: MAX_IMAGE_EDGE, fit: "inside", withoutEnlargement: true });
    const encoded = format === "jpeg" ? pipeline.jpeg({ quality: 82, mozjpeg: true }) : pipeline.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, mime: format === "jpeg" ? "image/jpeg" : "image/webp", width: info.width, height: info.height };
  } catch {
    // A truncated or corrupt file can pass the header check and fail to decode.
    throw new CatalogError("notAnImage", "images", { name: fileName });
  }
}
