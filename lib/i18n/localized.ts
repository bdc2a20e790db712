import type { Localized } from "@/db/schema/localized";
import type { Locale } from "./routing";

/** The exchange format's display order: the reader's locale, then en, ja, zh. */
export function fallbackOrder(locale: Locale): Locale[] {
  return [locale, ...(["en", "ja", "zh"] as const).filter((l) => l !== locale)];
}

export type LocalizedPick = { text: string; lang: Locale; isFallback: boolean };

/**
 * Picks the text to show a reader. `isFallback` is true when it is in another language than the
 * reader's, so the page can mark it (and set its `lang` attribute).
 */
export function pickLocalized(value: Localized | null | undefined, locale: Locale): LocalizedPick | undefined {
  if (!value) return undefined;
  for (const lang of fallbackOrder(locale)) {
    const text = value[lang]?.trim();
    if (text) return { text, lang, isFallback: lang !== locale };
  }
  return undefined;
}

/** Every non-empty text of a Localized value, for search and matching. */
export function allTexts(value: Localized | null | undefined): string[] {
  return value ? Object.values(value).filter((t): t is string => Boolean(t?.trim())) : [];
}
