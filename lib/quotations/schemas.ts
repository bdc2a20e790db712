import { z } from "zod";
import { carriers, incoterms, samplePayers } from "@/db/schema";

const id = z.uuid({ error: "invalid" });
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());
const text = (max: number, required = "required") => z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: "tooLong" });
const optionalText = (max: number) => z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(max, { error: "tooLong" }));
/** A whole number typed with full-width digits or thousands separators; never a float. */
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFKC").replace(/[,\s]|円|¥/g, "") : v),
    z.coerce
      .number({ error: "quotations.errors.wholeNumber" })
      .int({ error: "quotations.errors.wholeNumber" })
      .min(min, { error: "quotations.errors.tooSmall" })
      .max(max, { error: "catalog.errors.numberTooBig" }),
  );
const day = z.string({ error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" });
const files = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.union([z.instanceof(Blob), z.string()])).transform((list) => list.filter((f): f is File => f instanceof Blob && f.size > 0)),
);

/** The terms of a quotation, as the SME types them. */
export const termsSchema = z.object({
  productId: optionalId,
  productName: optionalText(200),
  unitPriceJpy: wholeNumber(1, 1_000_000_000),
  moq: wholeNumber(1, 100_000_000),
  incoterm: z.enum(incoterms, { error: "quotations.errors.incoterm" }),
  incotermPlace: text(120, "quotations.errors.placeRequired"),
  leadTimeDays: wholeNumber(0, 3650),
  paymentTerms: text(500, "quotations.errors.paymentRequired"),
  validUntil: day,
  notes: optionalText(2000),
  specSheet: files,
});
export type TermsInput = z.output<typeof termsSchema>;

/** A new quotation: on a need, or inside a thread; exactly one of the two. */
export const sendQuotationSchema = termsSchema
  .extend({ needId: optionalId, inquiryId: optionalId })
  .refine((v) => Boolean(v.needId) !== Boolean(v.inquiryId), { error: "invalid", path: ["needId"] })
  .refine((v) => Boolean(v.productId) || v.productName.length > 0, { error: "quotations.errors.productRequired", path: ["productName"] });

export const reviseQuotationSchema = termsSchema
  .extend({ quotationId: id })
  .refine((v) => Boolean(v.productId) || v.productName.length > 0, { error: "quotations.errors.productRequired", path: ["productName"] });

export const quotationIdSchema = z.object({ quotationId: id });
export const revisionRequestSchema = z.object({ quotationId: id, note: text(1000, "quotations.errors.noteRequired") });
export const declineSchema = z.object({ quotationId: id, reason: text(1000, "quotations.errors.reasonRequired") });

export const sampleRequestSchema = z.object({
  inquiryId: id,
  items: text(500, "samples.errors.itemsRequired"),
  quantity: wholeNumber(1, 10_000),
  address: text(1000, "samples.errors.addressRequired"),
  payer: z.enum(samplePayers, { error: "invalid" }),
});
export const sampleSentSchema = z.object({
  sampleId: id,
  carrier: z.enum(carriers, { error: "invalid" }),
  trackingNumber: z
    .string({ error: "samples.errors.trackingRequired" })
    .trim()
    .min(4, { error: "samples.errors.trackingRequired" })
    .max(40, { error: "tooLong" })
    .regex(/^[A-Za-z0-9-]+$/, { error: "samples.errors.trackingFormat" }),
});
export const sampleReceivedSchema = z.object({ sampleId: id, feedback: text(2000, "samples.errors.feedbackRequired") });
