import "server-only";
import { headers } from "next/headers";
import type { Locale } from "@/lib/i18n/routing";
import { localeOfHeaders } from "./request-locale";

/**
 * The language a server action answers in, taken from its request rather than from a form field.
 *
 * next-intl's `getLocale()` cannot tell: it reads the locale the proxy wrote into the request, and
 * proxy.ts's matcher skips action posts (those with a `Next-Action` header) so as not to buffer
 * their bodies. Every action is posted to the URL of the page its form is on, from that page, so
 * the browser's `Referer` names the page, and its locale prefix is the language the user reads
 * (our Referrer-Policy, strict-origin-when-cross-origin, sends the whole URL to our own origin).
 * Without one (a browser set never to send it): the signed-in user's saved language, then the
 * browser's Accept-Language, then the default. Outside a request (scripts, tests that do not
 * stand up one) there are no headers and the same fallbacks apply.
 */
export async function actionLocale(userLocale?: string): Promise<Locale> {
  let requestHeaders: Headers;
  try {
    requestHeaders = new Headers(await headers());
  } catch {
    requestHeaders = new Headers();
  }
  return localeOfHeaders(requestHeaders, userLocale);
}
