import { z } from "zod";
import { always, hasAnyText, optionalHsCode, optionalInt, optionalText, textList } from "./fields";

export const MAX_PRICE_JPY = 1_000_000_000;

/** One product as typed in the form or in a CSV row (the CSV maps its headers to these names). */
export const productFields = z.object({
  nameJa: optionalText(200),
  nameZh: optionalText(200),
  nameEn: optionalText(200),
  descriptionJa: optionalText(5000),
  descriptionZh: optionalText(5000),
  descriptionEn: optionalText(5000),
  hsCode: optionalHsCode,
  priceMinJpy: optionalInt(MAX_PRICE_JPY),
  priceMaxJpy: optionalInt(MAX_PRICE_JPY),
  moq: optionalInt(100_000_000),
  leadTimeDays: optionalInt(3650),
  keywords: textList(30),
  certifications: textList(20),
});

type Priced = { priceMinJpy?: unknown; priceMaxJpy?: unknown };

/** min ≤ max when both are given; the issue sits on the maximum, where the user looks. */
export function checkPriceRange(value: Priced, ctx: z.RefinementCtx): void {
  const { priceMinJpy: min, priceMaxJpy: max } = value;
  if (typeof min === "number" && typeof max === "number" && min > max) {
    ctx.addIssue({ code: "custom", path: ["priceMaxJpy"], message: "catalog.errors.priceRange" });
  }
}

function checkProduct(value: Partial<Record<keyof z.output<typeof productFields>, unknown>>, ctx: z.RefinementCtx): void {
  if (!hasAnyText(value.nameJa, value.nameZh, value.nameEn)) {
    ctx.addIssue({ code: "custom", path: ["nameJa"], message: "catalog.errors.nameRequired" });
  }
  checkPriceRange(value, ctx);
}

export const productSchema = productFields.superRefine(checkProduct, always);
export type ProductInput = z.output<typeof productFields>;

export const productIdSchema = z.object({ productId: z.uuid({ error: "invalid" }) });

export const updateProductSchema = productFields.extend(productIdSchema.shape).superRefine(checkProduct, always);

export const publishSchema = productIdSchema.extend({ published: z.enum(["true", "false"]).transform((v) => v === "true") });

export const imageIdSchema = z.object({ imageId: z.uuid({ error: "invalid" }) });
