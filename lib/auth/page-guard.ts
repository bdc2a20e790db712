import "server-only";
import type { User } from "@/db/schema";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { lookupSessionUser } from "./session";

/**
 * For protected pages: the active user, or a redirect to sign-in (with the page to come back to).
 * proxy.ts only redirects optimistically on the cookie; this is the real check.
 */
export async function requireUser(locale: Locale, returnTo: string): Promise<User> {
  const session = await lookupSessionUser();
  if (session.status === "active") return session.user;
  const query = session.status === "refused" ? { error: "suspended", callbackUrl: `/${locale}${returnTo}` } : { callbackUrl: `/${locale}${returnTo}` };
  return redirect({ href: { pathname: "/sign-in", query }, locale });
}
