// What every email renderer shares: the app's address, links in the reader's language, escaping.
import { env } from "@/lib/env";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

/** Where links in emails point: the public address of the app. */
export function appUrl(): string {
  return env("APP_URL");
}

export function localeOr(value: string): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}

/** The absolute URL of an app path in a locale. */
export function absoluteUrl(locale: string, path: string, base = appUrl()): string {
  return `${base}/${localeOr(locale)}${path}`;
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}
