import type { Translator } from "@/lib/auth/action";
import type { ParsedCsv } from "./parse";

/** What the import screen shows: every problem in the reader's language, and the first rows. */
export type ImportPreview = {
  count: number;
  encoding?: string;
  fileErrors: string[];
  rowErrors: { row: number; column: string; message: string }[];
  sample: { row: number; name: string; hsCode: string | null; priceMinJpy: number | null; priceMaxJpy: number | null }[];
  imported?: number;
};

const MAX_SHOWN = 300;

export function toPreview(parsed: ParsedCsv, t: Translator): ImportPreview {
  const tr = (key: string, params?: Record<string, string | number>) => t(key as never, params as never) as string;
  return {
    count: parsed.rows.length,
    encoding: parsed.encoding,
    fileErrors: parsed.fileProblems.map((p) => tr(p.key, p.params)),
    rowErrors: parsed.rowProblems.slice(0, MAX_SHOWN).map((p) => ({ row: p.row, column: p.column, message: tr(p.key, p.params) })),
    sample: parsed.rows.slice(0, 5).map(({ row, input }) => ({
      row,
      name: input.nameJa ?? input.nameEn ?? input.nameZh ?? "",
      hsCode: input.hsCode ?? null,
      priceMinJpy: input.priceMinJpy ?? null,
      priceMaxJpy: input.priceMaxJpy ?? null,
    })),
  };
}

/** Rows with at least one problem (a row can have several). */
export function rowsWithProblems(parsed: ParsedCsv): number {
  return new Set(parsed.rowProblems.map((p) => p.row)).size;
}
