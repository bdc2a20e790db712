import { z } from "zod";
import { documentKinds } from "@/db/schema/trust";

const text = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

// An empty file input posts one empty File: it means "no file" (as in lib/inquiries/schemas.ts).
const files = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.union([z.instanceof(Blob), z.string()])).transform((list) => list.filter((f): f is File => f instanceof Blob && f.size > 0)),
);

/** A real calendar day as YYYY-MM-DD (what a date input posts), or empty for "no expiry". */
const optionalDay = z.preprocess(
  (v) => (typeof v === "string" && v.trim() ? v.trim() : null),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "trust.errors.dateInvalid" })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { error: "trust.errors.dateInvalid" })
    .nullable(),
);

export const documentSchema = z.object({
  kind: z.enum(documentKinds, { error: "invalid" }),
  issuer: text(200),
  number: text(100),
  expiresOn: optionalDay,
  files,
});

export const documentIdSchema = z.object({ documentId: z.uuid({ error: "notFound" }) });

export const verifySchema = z.object({
  companyId: z.uuid({ error: "notFound" }),
  items: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().max(64, { error: "notFound" })).max(50, { error: "tooLong" }),
  ),
});
