import { z } from "zod";
import type { Localized } from "@/db/schema/localized";
import { normalizeRegistryNumber } from "./registry-number";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((v) => v || undefined);

/** An optional whole number typed in a form; full-width digits (０１２) are accepted. */
const optionalInt = (min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = v?.normalize("NFKC").trim();
      if (!text) return undefined;
      if (!/^-?\d+$/.test(text)) {
        ctx.addIssue({ code: "custom", message: "numberInvalid" });
        return z.NEVER;
      }
      const n = Number(text);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "numberRange" });
        return z.NEVER;
      }
      return n;
    });

export const profileLanguages = ["ja", "zh", "en", "ko"] as const;

/** The company profile form, shared by onboarding and editing. Field names are the form's. */
export const companyFormSchema = z
  .object({
    name_ja: optionalText(200),
    name_zh: optionalText(200),
    name_en: optionalText(200),
    description_ja: optionalText(5000),
    description_zh: optionalText(5000),
    description_en: optionalText(5000),
    region: z.string({ error: "regionInvalid" }).trim().min(1, { error: "regionInvalid" }),
    city: optionalText(100),
    languages: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
      .pipe(z.array(z.enum(profileLanguages, { error: "invalid" })).max(profileLanguages.length)),
    employees: optionalInt(1, 10_000_000),
    foundedYear: optionalInt(1600, new Date().getFullYear()),
    website: optionalText(300).pipe(z.url({ protocol: /^https?$/, error: "websiteInvalid" }).optional()),
    // Checked against the company's country's registry in checkProfile (the form does not know the country).
    registryNumber: optionalText(40).transform((v) => (v ? normalizeRegistryNumber(v) : undefined)),
    // WeChat: 6–20 characters, a letter first, then letters, digits, _ and -.
    wechatId: optionalText(20).pipe(
      z
        .string()
        .regex(/^[A-Za-z][\w-]{5,19}$/, { error: "wechatIdInvalid" })
        .optional(),
    ),
    // LINE: 4–20 of a–z, 0–9, "." "_" "-" (an official account's starts with @); LINE ignores case.
    lineId: optionalText(21)
      .transform((v) => v?.toLowerCase())
      .pipe(
        z
          .string()
          .regex(/^@?[a-z0-9._-]{4,20}$/, { error: "lineIdInvalid" })
          .optional(),
      ),
    // WeCom has no public id format: the name or account people give, as typed.
    wecomId: optionalText(64),
    // Checked and written in E.164 with the company's country as the default in checkProfile.
    phone: optionalText(40),
    chamberId: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.uuid({ error: "invalid" }).optional()),
  })
  // `when` makes the check run even when other fields failed, so every error shows at once.
  .refine((v) => v.name_ja || v.name_zh || v.name_en, {
    error: "nameRequired",
    path: ["name_ja"],
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

export type CompanyFormInput = z.output<typeof companyFormSchema>;

export function localizedFrom(input: Record<string, unknown>, prefix: string): Localized | undefined {
  const value: Localized = {};
  for (const lang of ["ja", "zh", "en"] as const) {
    const text = input[`${prefix}_${lang}`];
    if (typeof text === "string" && text) value[lang] = text;
  }
  return Object.keys(value).length ? value : undefined;
}
