import { NextResponse, type NextRequest } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

const intl = createIntlMiddleware(routing);

// Pages that need a session. This is only an optimistic redirect on the cookie's presence:
// pages and actions check the session against the database themselves.
const protectedPaths = [/^\/(ja|zh|en)\/(dashboard|company|companies|products|admin|matches|inbox|inquiries|search|showrooms|notifications|settings|chamber)(\/|$)/];
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const needsSession = protectedPaths.some((re) => re.test(pathname));
  if (needsSession && !sessionCookies.some((name) => request.cookies.has(name))) {
    const locale = pathname.split("/")[1];
    const url = new URL(`/${locale}/sign-in`, request.url);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
