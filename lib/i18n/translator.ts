import { createTranslator } from "next-intl";
import { messagesFor } from "./messages";
import { isLocale, routing, type Locale } from "./routing";

/** A translator that needs no request context: server actions, CLIs and tests use it. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}
