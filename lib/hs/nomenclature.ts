// The HS 2022 nomenclature we ship: all chapters, the headings of the chapters our members trade
// in, names in ja/zh/en, and lookups and search over them. Pure data, no database.
import type { Locale } from "@/lib/i18n/routing";
import { entriesByCode } from "./entries";
import type { HsEntry } from "./types";

export { hsChapters, hsHeadings } from "./entries";
export type { HsEntry } from "./types";

const HS_CODE_RE = /^\d{2}(?:\d{2}(?:\d{2})?)?$/;

/** 2, 4 or 6 digits, the granularity the exchange format accepts. */
export function isValidHsCode(code: string): boolean {
  return HS_CODE_RE.test(code);
}

/** The chapter, heading and subheading a code belongs to, broadest first. */
export function hsParents(code: string): string[] {
  if (!isValidHsCode(code)) return [];
  const parents = [code.slice(0, 2)];
  if (code.length >= 4) parents.push(code.slice(0, 4));
  if (code.length === 6) parents.push(code);
  return parents;
}

/** The entry for a code, or for its nearest named parent: a subheading shows its heading's name. */
export function hsEntry(code: string): HsEntry | undefined {
  for (const parent of hsParents(code).reverse()) {
    const entry = entriesByCode.get(parent);
    if (entry) return entry;
  }
  return undefined;
}

export function hsName(code: string, locale: Locale): string | undefined {
  return hsEntry(code)?.name[locale];
}

/** "6110 — <name>", or the bare code when nothing in the nomenclature names it. */
export function hsLabel(code: string, locale: Locale): string {
  const name = hsName(code, locale);
  return name ? `${code} — ${name}` : code;
}

export { searchHs } from "./search";
