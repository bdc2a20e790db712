import { CsvError, parse } from "csv-parse/sync";
import type { MessageKey } from "@/lib/i18n/keys";
import { hsCodeExists } from "@/lib/hs/codes";
import { productSchema, type ProductInput } from "../schemas";
import { columnFor, csvColumns, fieldToColumn, type CsvColumn, type ProductField } from "./columns";
import { decodeCsv, type Encoding } from "./decode";

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 5000;

/** A message key (full path, "catalog.errors.x" or "errors.x") with its placeholder values. */
export type Problem = { key: string; params?: Record<string, string | number> };
/** A problem with the whole file; its keys are written here, so they are typed. */
export type FileProblem = Problem & { key: MessageKey };
/** `row` is the spreadsheet row: the header is row 1, the first product row 2. */
export type RowProblem = Problem & { row: number; column: string };
export type ParsedCsv = {
  encoding?: Encoding;
  fileProblems: FileProblem[];
  rowProblems: RowProblem[];
  rows: { row: number; input: ProductInput }[];
};

const generic = new Set(["required", "invalid", "tooLong"]);

function issueKey(message: string, code: string): string {
  if (message.startsWith("catalog.")) return message;
  if (generic.has(message)) return `errors.${message}`;
  return code === "too_big" ? "errors.tooLong" : "errors.invalid";
}

/**
 * Reads and validates a whole product CSV without writing anything: decoding, header mapping,
 * then every row through the same zod schema as the product form. The caller imports only when
 * there is no problem at all.
 */
export function parseProductCsv(bytes: Uint8Array): ParsedCsv {
  const result: ParsedCsv = { fileProblems: [], rowProblems: [], rows: [] };
  if (bytes.byteLength > MAX_CSV_BYTES) return { ...result, fileProblems: [{ key: "catalog.errors.csvTooLarge" }] };
  const { text, encoding } = decodeCsv(bytes);
  result.encoding = encoding;
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true });
  } catch (error) {
    // The parser's own message is technical English; the reader gets the line it stopped at.
    const line = error instanceof CsvError && typeof error.lines === "number" && error.lines > 0 ? error.lines : undefined;
    const problem: FileProblem = line ? { key: "catalog.errors.csvUnreadableLine", params: { line } } : { key: "catalog.errors.csvUnreadable" };
    return { ...result, fileProblems: [problem] };
  }
  const [header, ...body] = records.filter((r) => r.some((cell) => cell !== ""));
  if (!header) return { ...result, fileProblems: [{ key: "catalog.errors.csvEmpty" }] };

  const columns: (CsvColumn | undefined)[] = [];
  const headerOf: Partial<Record<CsvColumn, string>> = {};
  header.forEach((name, i) => {
    if (name === "") return;
    const column = columnFor(name);
    if (!column) result.fileProblems.push({ key: "catalog.errors.csvUnknownColumn", params: { column: name } });
    else if (headerOf[column]) result.fileProblems.push({ key: "catalog.errors.csvDuplicateColumn", params: { column: name } });
    else {
      columns[i] = column;
      headerOf[column] = name;
    }
  });
  if (!headerOf.name_ja && !headerOf.name_zh && !headerOf.name_en) result.fileProblems.push({ key: "catalog.errors.csvMissingName" });
  if (body.length === 0) result.fileProblems.push({ key: "catalog.errors.csvEmpty" });
  if (body.length > MAX_CSV_ROWS) result.fileProblems.push({ key: "catalog.errors.csvTooManyRows", params: { max: MAX_CSV_ROWS } });
  if (result.fileProblems.length) return result;

  const nameHeader = headerOf.name_ja ?? headerOf.name_en ?? headerOf.name_zh ?? "";
  body.forEach((cells, index) => {
    const row = index + 2;
    const raw: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) raw[csvColumns[column].field] = cells[i] ?? "";
    });
    const parsed = productSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "nameJa") as ProductField;
        const column = field === "nameJa" && issue.message === "catalog.errors.nameRequired" ? nameHeader : (headerOf[fieldToColumn[field]] ?? field);
        result.rowProblems.push({ row, column, key: issueKey(issue.message, issue.code) });
      }
      return;
    }
    if (parsed.data.hsCode && !hsCodeExists(parsed.data.hsCode)) {
      result.rowProblems.push({ row, column: headerOf.hs_code ?? "hs_code", key: "catalog.errors.hsUnknown", params: { code: parsed.data.hsCode } });
      return;
    }
    result.rows.push({ row, input: parsed.data });
  });
  return result;
}
