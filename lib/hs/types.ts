import type { Locale } from "@/lib/i18n/routing";

export type HsNames = Record<Locale, string>;

export interface HsEntry {
  code: string;
  name: HsNames;
}

/** Compact row in the data files: code, then the ja, zh and en names. */
export type HsRow = readonly [code: string, ja: string, zh: string, en: string];
