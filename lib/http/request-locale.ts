import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The language to answer a request in when its URL names none (API routes): that of the page
 * which sent it (the Referer's locale segment), else the signed-in user's stored language, else
 * the browser's first language we have.
 */
export function requestLocale(request: Request, userLocale?: string): Locale {
  return localeOfHeaders(request.headers, userLocale);
}

/** requestLocale's rule on a request's headers (server actions read them from next/headers). */
export function localeOfHeaders(headers: Headers, userLocale?: string): Locale {
  try {
    const segment = new URL(headers.get("referer") ?? "").pathname.split("/")[1];
    if (isLocale(segment)) return segment;
  } catch {
    // No referrer, or not a URL: the user's or the browser's language decides.
  }
  if (isLocale(userLocale)) return userLocale;
  return acceptedLocale(headers.get("accept-language")) ?? routing.defaultLocale;
}

/** Our first locale among an Accept-Language header's languages, by their q weights. */
export function acceptedLocale(header: string | null): Locale | undefined {
  return (header ?? "")
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.split(";").map((p) => p.trim());
      const q = Number(params.find((p) => p.startsWith("q="))?.slice(2) ?? 1);
      return { language: range.slice(0, 2).toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.language)
    .find(isLocale);
}

/** A file route's 404, in words the reader understands; it never says whether the file exists. */
export function fileNotFound(request: Request, userLocale?: string): Response {
  const locale = requestLocale(request, userLocale);
  return new Response(translatorFor(locale)("notFound.file"), {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale, "Cache-Control": "no-store" },
  });
}
