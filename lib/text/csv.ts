// CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads Japanese and Chinese
// correctly), CRLF line ends, and no cell that a spreadsheet would run as a formula.

export type Cell = string | number | null | undefined;

/**
 * One cell. Text starting with =, +, -, @ (or a tab or carriage return, which some spreadsheets
 * skip before looking for those) is prefixed with an apostrophe so that it stays text (OWASP's
 * advice on CSV injection); numbers are written as they are.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: string[], rows: Cell[][]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
