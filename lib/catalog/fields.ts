import { z } from "zod";
import type { Localized } from "@/db/schema/localized";

/** Shared zod fields for catalog forms and CSV rows: tolerant of Excel and Japanese IME input. */

const blankToUndefined = (value: unknown) => {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};

/** Free text is kept as typed (no NFKC: full-width ％ or Ａ in Japanese copy are the writer's choice). */
export const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string({ error: "invalid" }).max(max, { error: "tooLong" }).optional());

const folded = (value: unknown) => (typeof value === "string" ? blankToUndefined(value.normalize("NFKC")) : value);

/** A whole number typed with full-width digits, thousands separators or a trailing 円/yen. */
export const optionalInt = (max: number) =>
  z.preprocess(
    (value) => {
      const text = folded(value);
      if (typeof text !== "string") return text;
      const cleaned = text.replace(/[,\s]|円|yen|jpy|¥/gi, "");
      // A minus sign still makes a number, so that -5 is told it must not be negative.
      return /^-?\d+$/.test(cleaned) ? Number(cleaned) : cleaned;
    },
    z
      .number({ error: "catalog.errors.notANumber" })
      .int({ error: "catalog.errors.notANumber" })
      .min(0, { error: "catalog.errors.negativeNumber" })
      .max(max, { error: "catalog.errors.numberTooBig" })
      .optional(),
  );

/** HS code as 4 or 6 digits ("6110.20" and "6110 20" accepted); checked against the nomenclature later. */
export const optionalHsCode = z.preprocess(
  (value) => {
    const text = folded(value);
    return typeof text === "string" ? text.replace(/[.\s-]/g, "") : text;
  },
  z
    .string()
    .regex(/^\d{4}(\d{2})?$/, { error: "catalog.errors.hsFormat" })
    .optional(),
);

/** A list typed in one field: separated by commas, semicolons, 、 or new lines. */
export const textList = (maxItems: number, maxLength = 80) =>
  z.preprocess(
    (value) => {
      const items = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === "string" ? v.normalize("NFKC").split(/[,;、，；\n]/) : []));
      return [...new Set(items.map((s) => s.trim()).filter(Boolean))];
    },
    z.array(z.string().max(maxLength, { error: "tooLong" })).max(maxItems, { error: "catalog.errors.tooManyItems" }),
  );

/** Checkbox groups arrive as a string (one ticked) or an array (several). */
export const checkboxes = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(values, { error: "invalid" })));

export function localized(ja?: string, zh?: string, en?: string): Localized {
  const out: Localized = {};
  if (ja) out.ja = ja;
  if (zh) out.zh = zh;
  if (en) out.en = en;
  return out;
}

export function hasAnyText(...texts: unknown[]): boolean {
  return texts.some((t) => typeof t === "string" && t.trim() !== "");
}

/**
 * Cross-field checks run even when a field already failed (zod skips them by default), so a form
 * shows every problem at once.
 */
export const always = { when: () => true };
