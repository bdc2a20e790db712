import { hsChapters, hsHeadings, isValidHsCode } from "@/lib/hs/nomenclature";

const chapters = new Set(hsChapters.map((e) => e.code).filter((code) => code !== "77"));
const headings = new Set(hsHeadings.map((e) => e.code));
const chaptersWithHeadings = new Set(hsHeadings.map((e) => e.code.slice(0, 2)));

/**
 * Whether a code names something in the nomenclature we ship: its chapter exists (77 is reserved)
 * and, where we ship that chapter's headings, its heading does too. Subheadings (6 digits) are
 * taken on trust below a known heading.
 */
export function hsCodeExists(code: string): boolean {
  if (!isValidHsCode(code)) return false;
  const chapter = code.slice(0, 2);
  if (!chapters.has(chapter)) return false;
  if (code.length >= 4 && chaptersWithHeadings.has(chapter)) return headings.has(code.slice(0, 4));
  return true;
}
