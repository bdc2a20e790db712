import "server-only";
import { CredentialsSignin } from "next-auth";
import { signIn } from "./config";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Signs in an account that was just created and returns where to go next. The account exists
 * whatever happens here: when the sign-in is refused (the sign-in limit for this address or
 * network), the user goes to the sign-in page, told that the account is ready, rather than to an
 * error that reads as if nothing was saved.
 */
export async function signInNewAccount(email: string, password: string, locale: Locale, next: string): Promise<string> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return next;
  } catch (error) {
    if (error instanceof CredentialsSignin) return `/${locale}/sign-in?notice=created&callbackUrl=${encodeURIComponent(next)}`;
    throw error;
  }
}
