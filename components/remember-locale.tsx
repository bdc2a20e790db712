"use client";

import { useEffect } from "react";
import { rememberLocaleAction } from "@/app/[locale]/actions";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Rendered by the header only when a signed-in user's stored language differs from the page's:
 * after they switch languages, it stores the new one once, so their emails and "same as my
 * interface language" follow. An effect, not a write during rendering: prefetching a page in
 * another language must not change anything.
 */
export function RememberLocale({ locale }: { locale: Locale }) {
  useEffect(() => {
    // The action reads the language from the page it is posted from; the form carries nothing.
    void rememberLocaleAction(undefined, new FormData());
  }, [locale]);
  return null;
}
