import { locales } from "@/lib/i18n/routing";

// A path of this app: a locale, then the end or a separator.
const appPath = new RegExp(`^/(?:${locales.join("|")})(?:[/?#]|$)`);
// Characters a browser strips or reads as a slash before resolving a URL.
const unsafe = /[\u0000-\u0020\u007f\\]/;
const base = "http://kakehashi.invalid";

/**
 * Where to go after signing in: one of this app's own pages, else the dashboard. The URL is
 * resolved first and the check made on what the browser would follow: `/en/..//evil.example`
 * passes a check of the raw string but resolves to `//evil.example`, another site.
 */
export function safeCallback(callbackUrl: string | undefined, locale: string): string {
  const fallback = `/${locale}/dashboard`;
  if (!callbackUrl || unsafe.test(callbackUrl)) return fallback;
  let url: URL;
  try {
    url = new URL(callbackUrl, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const target = `${url.pathname}${url.search}${url.hash}`;
  // The resolved path must itself be a path of this app, and read again it must stay here.
  if (!appPath.test(url.pathname) || unsafe.test(target) || new URL(target, base).origin !== base) return fallback;
  return target;
}
