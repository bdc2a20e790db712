/**
 * zod schemas of the exchange format v1 (`/work/shared/spec/exchange-format.md`). Text is kept
 * exactly as sent: no trimming or stripping, `<script>` included (React escapes it on output).
 * Custom checks carry their error code in `params.code`; validate.ts turns issues into paths.
 */
import { z } from "zod";
import { channelTypes } from "@/db/schema/catalog";
import { companyKinds } from "@/db/schema/companies";
import { isChinaTarget } from "@/lib/geo/regions";
import type { ExchangeErrorCode, ExchangeErrorParams } from "./errors";
import { EXCHANGE_FORMAT, HS_CODE_PATTERN, LANGUAGE_PATTERN, LIMITS, MIN_FOUNDED_YEAR, REF_PATTERN, charCount, currentYear } from "./limits";
import { documentRuleIssues } from "./rules";

function fails(ctx: z.RefinementCtx, code: ExchangeErrorCode, params: ExchangeErrorParams = {}): void {
  ctx.addIssue({ code: "custom", message: code, params: { code, ...params } });
}

/** Free text up to `max` code points; `required` text must not be blank. */
function text(max: number, { blankAllowed = false } = {}) {
  return z.string().superRefine((value, ctx) => {
    if (!blankAllowed && value.trim() === "") fails(ctx, "blank");
    if (charCount(value) > max) fails(ctx, "tooLong", { max });
  });
}

function matching(pattern: RegExp, code: ExchangeErrorCode) {
  return z.string().refine((value) => pattern.test(value), { params: { code } });
}

function int(min: number, max: number = LIMITS.int) {
  return z.int().min(min).max(max);
}

function localized(max: number) {
  return z
    .strictObject({ ja: text(max).optional(), zh: text(max).optional(), en: text(max).optional() })
    .refine((v) => v.ja !== undefined || v.zh !== undefined || v.en !== undefined, { params: { code: "localizedEmpty" } });
}

const ref = matching(REF_PATTERN, "ref");
const hsCode = matching(HS_CODE_PATTERN, "hsCode");
const language = matching(LANGUAGE_PATTERN, "language");
const chinaTarget = z.string().refine(isChinaTarget, { params: { code: "chinaRegion" } });
const channelType = z.enum(channelTypes);

const website = z.string().superRefine((value, ctx) => {
  if (charCount(value) > LIMITS.website) return fails(ctx, "tooLong", { max: LIMITS.website });
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) fails(ctx, "url");
});

const foundedYear = z.int().superRefine((year, ctx) => {
  if (year < MIN_FOUNDED_YEAR) fails(ctx, "tooSmall", { min: MIN_FOUNDED_YEAR });
  else if (year > currentYear()) fails(ctx, "tooLarge", { max: currentYear() });
});

export const priceRangeSchema = z.strictObject({ min: int(0), max: int(0) });

export const productSchema = z.strictObject({
  ref,
  name: localized(LIMITS.name),
  description: localized(LIMITS.description).optional(),
  hsCode: hsCode.optional(),
  priceJpy: priceRangeSchema.optional(),
  moq: int(1).optional(),
  leadTimeDays: int(0).optional(),
  keywords: z.array(text(LIMITS.keyword)).max(LIMITS.keywords).optional(),
  certifications: z.array(text(LIMITS.certification)).max(LIMITS.certifications).optional(),
});

export const salesChannelSchema = z.strictObject({
  type: channelType,
  regions: z.array(chinaTarget).min(1).max(LIMITS.regions),
  outlets: int(0).optional(),
  description: localized(LIMITS.description).optional(),
});

export const sourcingNeedSchema = z.strictObject({
  ref,
  description: localized(LIMITS.description),
  hsCode: hsCode.optional(),
  priceJpy: priceRangeSchema.optional(),
  volume: text(LIMITS.volume, { blankAllowed: true }).optional(),
});

/** One shape for both kinds: which fields a kind may carry is a rule (rules.ts), so the error names the field. */
export const companySchema = z.strictObject({
  ref,
  kind: z.enum(companyKinds),
  name: localized(LIMITS.name),
  country: z.enum(["JP", "CN"]),
  region: z.string(),
  city: text(LIMITS.city, { blankAllowed: true }).optional(),
  description: localized(LIMITS.description).optional(),
  languages: z.array(language).max(LIMITS.languages).optional(),
  employees: int(1).optional(),
  foundedYear: foundedYear.optional(),
  website: website.optional(),
  chamber: text(LIMITS.chamber, { blankAllowed: true }).optional(),
  // SME only
  products: z.array(productSchema).max(LIMITS.products).optional(),
  targetChannels: z.array(channelType).max(LIMITS.targetChannels).optional(),
  targetRegions: z.array(chinaTarget).max(LIMITS.regions).optional(),
  // Distributor only
  channels: z.array(salesChannelSchema).max(LIMITS.channels).optional(),
  hsCodes: z.array(hsCode).max(LIMITS.hsCodes).optional(),
  needs: z.array(sourcingNeedSchema).max(LIMITS.needs).optional(),
  minOrderJpy: int(0).optional(),
});

/** Unknown top-level keys (a fixture's `judgments`) are dropped, not refused. */
export const exchangeDocumentSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    companies: z.array(companySchema),
  })
  .superRefine((doc, ctx) => {
    for (const issue of documentRuleIssues(doc)) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.code, params: { code: issue.code, ...issue.params } });
    }
  });

export type ExchangeDocument = z.infer<typeof exchangeDocumentSchema>;
export type ExchangeCompany = z.infer<typeof companySchema>;
export type ExchangeProduct = z.infer<typeof productSchema>;
export type ExchangeSalesChannel = z.infer<typeof salesChannelSchema>;
export type ExchangeSourcingNeed = z.infer<typeof sourcingNeedSchema>;
export type ExchangePriceRange = z.infer<typeof priceRangeSchema>;
