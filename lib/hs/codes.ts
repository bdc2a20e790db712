// Which HS codes the app accepts, checked against the nomenclature we ship (nomenclature.ts):
// a product's or channel's code must exist; a showroom's accepted category must sit in a chapter.
import { hsChapters, hsHeadings, isValidHsCode } from "./nomenclature";

const chapters = new Set(hsChapters.map((e) => e.code));
const usedChapters = new Set([...chapters].filter((code) => code !== "77"));
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
  if (!usedChapters.has(chapter)) return false;
  if (code.length >= 4 && chaptersWithHeadings.has(chapter)) return headings.has(code.slice(0, 4));
  return true;
}

/**
 * The HS categories an offer may accept: a chapter (2 digits), heading (4) or subheading (6) of
 * the nomenclature, under one of its chapters (so "0012" or "9999" is refused).
 */
export function isAcceptedCategory(code: string): boolean {
  return isValidHsCode(code) && chapters.has(code.slice(0, 2));
}
