import type { Locale } from "@/lib/i18n/routing";

/**
 * The request a server action under test answers: tests/support/setup.ts puts it behind
 * next/headers. Actions take the reader's language from the Referer (the page the form was posted
 * from, lib/http/action-locale.ts), so a test posts "from" a page in a language.
 */
const page: { referer?: string } = {};

/** The next actions are posted from a page in `locale` (or under any other first segment), as a browser sends them. */
export function postFrom(locale: Locale | (string & {}), path = "/"): void {
  page.referer = `http://localhost:3000/${locale}${path}`;
}

/** Back to no page at all (a client that sends no Referer); setup.ts calls it before each test. */
export function forgetPage(): void {
  delete page.referer;
}

/** The request's headers: `base` plus the Referer of the page posted from, if any. */
export function requestHeaders(base: Record<string, string> = {}): Headers {
  const headers = new Headers(base);
  if (page.referer) headers.set("referer", page.referer);
  return headers;
}
