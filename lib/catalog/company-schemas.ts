/** Schemas for the company-level listings: distributors' channels, profile and needs; SMEs' targets. */
import { z } from "zod";
import { channelTypes } from "@/db/schema/catalog";
import { ALL_CHINA, isChinaTarget } from "@/lib/geo/regions";
import { always, checkboxes, hasAnyText, optionalHsCode, optionalInt, optionalText } from "./fields";
import { needOpen } from "@/lib/quotations/dates";
import { checkPriceRange, MAX_PRICE_JPY } from "./schemas";

/** Province codes or "CN"; "CN" with provinces ticked too means all of China. */
export const chinaRegions = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string().refine(isChinaTarget, { error: "invalid" }))
    .min(1, { error: "catalog.errors.regionsRequired" })
    .transform((codes) => (codes.includes(ALL_CHINA) ? [ALL_CHINA] : [...new Set(codes)].sort())),
);

export const channelSchema = z.object({
  type: z.enum(channelTypes, { error: "required" }),
  regions: chinaRegions,
  outlets: optionalInt(10_000_000),
  descriptionJa: optionalText(2000),
  descriptionZh: optionalText(2000),
  descriptionEn: optionalText(2000),
});
export type ChannelInput = z.output<typeof channelSchema>;
export const channelIdSchema = z.object({ channelId: z.uuid({ error: "invalid" }) });
export const updateChannelSchema = channelSchema.extend(channelIdSchema.shape);

const codeList = z.preprocess(
  (value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => (typeof v === "string" ? v.normalize("NFKC").split(/[,;、，；\s]+/) : []))
      .map((c) => c.replace(/\./g, ""))
      .filter(Boolean),
  z.array(z.string()).max(100, { error: "catalog.errors.tooManyItems" }),
);

/**
 * HS chapters (2 digits) or headings (4 digits) handled, typed as one comma-separated list, plus
 * one picked with the HS picker (a subheading counts as its heading).
 */
export const distributorProfileSchema = z
  .object({ hsCodes: codeList, hsCodesAdd: codeList, minOrderJpy: optionalInt(MAX_PRICE_JPY) })
  .transform(({ hsCodes, hsCodesAdd, minOrderJpy }) => ({
    hsCodes: [...new Set([...hsCodes, ...hsCodesAdd.map((c) => c.slice(0, 4))])],
    minOrderJpy,
  }));
export type DistributorProfileInput = z.output<typeof distributorProfileSchema>;

/** A calendar day from a date input; blank means none. */
const optionalDay = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string({ error: "invalid" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { error: "invalid" })
    .optional(),
);

const needFields = z.object({
  descriptionJa: optionalText(2000),
  descriptionZh: optionalText(2000),
  descriptionEn: optionalText(2000),
  hsCode: optionalHsCode,
  priceMinJpy: optionalInt(MAX_PRICE_JPY),
  priceMaxJpy: optionalInt(MAX_PRICE_JPY),
  volume: optionalText(200),
  quantityPerDelivery: optionalInt(100_000_000),
  deadline: optionalDay,
});
function checkNeed(value: Partial<Record<keyof z.output<typeof needFields>, unknown>>, ctx: z.RefinementCtx) {
  if (!hasAnyText(value.descriptionJa, value.descriptionZh, value.descriptionEn)) {
    ctx.addIssue({ code: "custom", path: ["descriptionJa"], message: "catalog.errors.descriptionRequired" });
  }
  checkPriceRange(value, ctx);
  if (typeof value.deadline === "string" && !needOpen(value.deadline)) {
    ctx.addIssue({ code: "custom", path: ["deadline"], message: "catalog.errors.deadlinePast" });
  }
}
export const needSchema = needFields.superRefine(checkNeed, always);
export type NeedInput = z.output<typeof needFields>;
export const needIdSchema = z.object({ needId: z.uuid({ error: "invalid" }) });
export const updateNeedSchema = needFields.extend(needIdSchema.shape).superRefine(checkNeed, always);

export const targetsSchema = z.object({
  targetChannels: checkboxes(channelTypes),
  targetRegions: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.string().refine(isChinaTarget, { error: "invalid" }))
      .transform((codes) => (codes.includes(ALL_CHINA) ? [ALL_CHINA] : [...new Set(codes)].sort())),
  ),
});
export type TargetsInput = z.output<typeof targetsSchema>;
