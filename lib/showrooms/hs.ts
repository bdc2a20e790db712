import { hsChapters, isValidHsCode } from "@/lib/hs/nomenclature";

const chapters = new Set(hsChapters.map((c) => c.code));

/**
 * The HS categories an offer may accept: a chapter (2 digits), heading (4) or subheading (6) of
 * the nomenclature, under one of its chapters (so "0012" or "9999" is refused).
 */
export function isAcceptedCategory(code: string): boolean {
  return isValidHsCode(code) && chapters.has(code.slice(0, 2));
}
