"use server";

import { CredentialsSignin } from "next-auth";
import { signUpSchema, signInSchema } from "@/lib/accounts/schemas";
import { signInNewAccount } from "@/lib/accounts/sign-in-new";
import { createAccount } from "@/lib/accounts/sign-up";
import { publicAction } from "@/lib/auth/action";
import { signIn, signOut } from "@/lib/auth/config";
import { PublicError } from "@/lib/errors";
import { locales } from "@/lib/i18n/routing";
import { localeOr } from "@/lib/i18n/translator";

// A path of this app: a locale, then anything but what a browser would read as another host
// (a second slash or a backslash, even after a tab or newline it strips).
const appPath = new RegExp(`^/(?:${locales.join("|")})(?:[/?#]|$)`);
const unsafe = /[\u0000-\u0020\u007f\\]/;

/** Only this app's own pages are followed after sign-in: no open redirect through callbackUrl. */
function safeCallback(callbackUrl: string | undefined, locale: string): string {
  const fallback = `/${locale}/dashboard`;
  if (!callbackUrl || unsafe.test(callbackUrl) || !appPath.test(callbackUrl)) return fallback;
  const base = "http://kakehashi.invalid";
  const url = new URL(callbackUrl, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

async function signInWithPassword(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      throw new PublicError(error.code === "rate_limited" ? "rateLimited" : "invalidCredentials");
    }
    throw error;
  }
}

export const signUpAction = publicAction({ schema: signUpSchema }, async (input, { locale }) => {
  await createAccount(input, locale);
  return { redirectTo: await signInNewAccount(input.email, input.password, locale, `/${locale}/dashboard`) };
});

export const signInAction = publicAction({ schema: signInSchema }, async (input, { locale }) => {
  await signInWithPassword(input.email, input.password);
  return { redirectTo: safeCallback(input.callbackUrl, locale) };
});

/** Signing out only clears the caller's own cookie, so it needs no further authorization. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = localeOr(formData.get("locale"));
  await signOut({ redirectTo: `/${locale}` });
}
