import { NextRequest, NextResponse } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { readableUrl } from "@/lib/http/hostile-url";
import { baseSecurityHeaders, pageCsp } from "@/lib/http/security-headers";
import { isLocale, routing } from "@/lib/i18n/routing";
import { messagesFor } from "@/lib/i18n/messages";

const intl = createIntlMiddleware(routing);

// Pages that need a session. This is only an optimistic redirect on the cookie's presence:
// pages and actions check the session against the database themselves.
const protectedPaths = [
  /^\/(ja|zh|en)\/(dashboard|company|companies|products|admin|matches|inbox|inquiries|search|showrooms|notifications|settings|chamber)(\/|$)/,
];
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Every page request: refuses URLs that cannot be read as text, sends visitors without a session
 * cookie to sign in, routes the locale, and sets the security headers with a fresh CSP nonce
 * (Next.js reads it from the request's Content-Security-Policy and puts it on its scripts).
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  if (!readableUrl(request.nextUrl)) return secured(badRequest(locale));

  const needsSession = protectedPaths.some((re) => re.test(pathname));
  if (needsSession && !sessionCookies.some((name) => request.cookies.has(name))) {
    const url = new URL(`/${locale}/sign-in`, request.url);
    url.searchParams.set("callbackUrl", pathname + search);
    return secured(NextResponse.redirect(url));
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return secured(response);
}

function secured(response: NextResponse): NextResponse {
  for (const { key, value } of baseSecurityHeaders()) response.headers.set(key, value);
  return response;
}

function badRequest(locale: "ja" | "zh" | "en"): NextResponse {
  const text = messagesFor(locale).errors.invalidInput;
  const page = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>400</title><p>${text}</p><p><a href="/${locale}">Kakehashi</a></p></html>`;
  return new NextResponse(page, {
    status: 400,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "Cache-Control": "no-store",
    },
  });
}

export const config = {
  matcher: [
    {
      // Everything but API routes, Next internals and files with an extension.
      source: "/((?!api|_next|_vercel|.*\\..*).*)",
      // Server action posts skip the proxy: they need none of it, and the proxy would buffer
      // their bodies in memory and cut them at its own 10 MB limit (uploads go up to 45 MB).
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
