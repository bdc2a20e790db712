import { z } from "zod";
import { isRegionOf } from "@/lib/geo/regions";
import { displayToday, isIsoDate } from "./dates";
import { isAcceptedCategory } from "@/lib/hs/codes";

/** Form schemas for display offers and applications; error messages are keys of messages.showrooms.errors. */

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);

const optionalText = (max: number) => z.preprocess(blank, z.string({ error: "invalid" }).max(max, { error: "tooLong" }).optional());

/** Whole numbers typed with full-width digits, separators or a trailing 円/㎡. */
const optionalInt = (max: number) =>
  z.preprocess(
    (value) => {
      const text = blank(typeof value === "string" ? value.normalize("NFKC") : value);
      if (typeof text !== "string") return text;
      const cleaned = text.replace(/[,\s]|円|yen|jpy|¥|m2|m²|sqm/gi, "");
      return /^\d+$/.test(cleaned) ? Number(cleaned) : cleaned;
    },
    z
      .number({ error: "showrooms.errors.numberInvalid" })
      .int({ error: "showrooms.errors.numberInvalid" })
      .min(0, { error: "showrooms.errors.numberInvalid" })
      .max(max, { error: "showrooms.errors.numberInvalid" })
      .optional(),
  );

const isoDate = z.preprocess(blank, z.string({ error: "showrooms.errors.dateRequired" }).refine(isIsoDate, { error: "showrooms.errors.dateInvalid" }));

/** "61, 6110; 6110.20" → ["61", "6110", "611020"]; chapters, headings and subheadings only. */
const categories = z.preprocess(
  (value) => {
    const items = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === "string" ? v.normalize("NFKC").split(/[,;、，；\n]/) : []));
    return [...new Set(items.map((s) => s.replace(/[.\s-]/g, "")).filter(Boolean))];
  },
  z
    .array(z.string())
    .max(50, { error: "showrooms.errors.tooManyCategories" })
    .refine((codes) => codes.every(isAcceptedCategory), { error: "showrooms.errors.categoriesInvalid" }),
);

const offerFields = z.object({
  titleJa: optionalText(200),
  titleZh: optionalText(200),
  titleEn: optionalText(200),
  descriptionJa: optionalText(4000),
  descriptionZh: optionalText(4000),
  descriptionEn: optionalText(4000),
  place: z.preprocess(blank, z.string({ error: "showrooms.errors.placeRequired" }).max(200, { error: "tooLong" })),
  region: z.preprocess(
    blank,
    z.string({ error: "showrooms.errors.regionInvalid" }).refine((code) => isRegionOf(code, "CN"), { error: "showrooms.errors.regionInvalid" }),
  ),
  sizeSqm: optionalInt(1_000_000),
  startsOn: isoDate,
  endsOn: isoDate,
  feeJpy: optionalInt(1_000_000_000),
  categories,
});

type OfferFields = z.infer<typeof offerFields>;

const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Runs even when a field already failed, so the form shows every problem at once. */
export const offerSchema = offerFields.superRefine(
  (v: Partial<Record<keyof OfferFields, unknown>>, ctx) => {
    if (![v.titleJa, v.titleZh, v.titleEn].some((t) => str(t)?.trim()))
      ctx.addIssue({ code: "custom", path: ["title"], message: "showrooms.errors.titleRequired" });
    const startsOn = str(v.startsOn)?.trim();
    const endsOn = str(v.endsOn)?.trim();
    if (!endsOn || !isIsoDate(endsOn)) return;
    if (startsOn && isIsoDate(startsOn) && endsOn < startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "showrooms.errors.endBeforeStart" });
    else if (endsOn < displayToday()) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "showrooms.errors.endsInPast" });
  },
  { when: () => true },
);
export type OfferInput = z.output<typeof offerSchema>;

export const offerIdSchema = z.object({ offerId: z.uuid({ error: "showrooms.errors.offerNotFound" }) });

/** Ticked product checkboxes arrive as one string or an array. */
export const applySchema = z.object({
  offerId: z.uuid({ error: "showrooms.errors.offerNotFound" }),
  productIds: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.uuid({ error: "showrooms.errors.productsNotYours" }))
      .min(1, { error: "showrooms.errors.productsRequired" })
      .max(50, { error: "showrooms.errors.tooManyProducts" }),
  ),
  message: optionalText(2000),
});
export type ApplyInput = z.output<typeof applySchema>;

export const applicationIdSchema = z.object({ applicationId: z.uuid({ error: "showrooms.errors.applicationNotFound" }) });

export const decisionSchema = z.object({
  applicationId: z.uuid({ error: "showrooms.errors.applicationNotFound" }),
  decision: z.enum(["accepted", "declined"], { error: "invalid" }),
});
export type DecisionInput = z.output<typeof decisionSchema>;
