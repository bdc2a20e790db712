import type { Translator } from "@/lib/auth/action";
import { knownKey } from "@/lib/i18n/keys";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { ParsedCsv } from "./parse";

/** What the import screen shows: every problem in the reader's language, and the first rows. */
export type ImportPreview = {
  count: number;
  encoding?: string;
  fileErrors: string[];
  rowErrors: { row: number; column: string; message: string }[];
  /** The name in the reader's language when the row has it (else the usual fallback), and its language. */
  sample: { row: number; name: string; nameLang?: Locale; hsCode: string | null; priceMinJpy: number | null; priceMaxJpy: number | null }[];
  imported?: number;
};

const MAX_SHOWN = 300;

export function toPreview(parsed: ParsedCsv, t: Translator, locale: Locale): ImportPreview {
  const tr = (key: string, params?: Record<string, string | number>) => (knownKey(t, key) ? t(key, params) : t("errors.invalid"));
  return {
    count: parsed.rows.length,
    encoding: parsed.encoding,
    fileErrors: parsed.fileProblems.map((p) => tr(p.key, p.params)),
    rowErrors: parsed.rowProblems.slice(0, MAX_SHOWN).map((p) => ({ row: p.row, column: p.column, message: tr(p.key, p.params) })),
    sample: parsed.rows.slice(0, 5).map(({ row, input }) => {
      const name = pickLocalized({ ja: input.nameJa, zh: input.nameZh, en: input.nameEn }, locale);
      return {
        row,
        name: name?.text ?? "",
        nameLang: name?.lang,
        hsCode: input.hsCode ?? null,
        priceMinJpy: input.priceMinJpy ?? null,
        priceMaxJpy: input.priceMaxJpy ?? null,
      };
    }),
  };
}

/** Rows with at least one problem (a row can have several). */
export function rowsWithProblems(parsed: ParsedCsv): number {
  return new Set(parsed.rowProblems.map((p) => p.row)).size;
}
