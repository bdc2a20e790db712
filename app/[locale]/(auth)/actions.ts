"use server";

import { CredentialsSignin } from "next-auth";
import { signUpSchema, signInSchema } from "@/lib/accounts/schemas";
import { createAccount } from "@/lib/accounts/sign-up";
import { publicAction } from "@/lib/auth/action";
import { signIn, signOut } from "@/lib/auth/config";
import { PublicError } from "@/lib/errors";
import { localeOr } from "@/lib/i18n/translator";

/** Only same-site paths are followed after sign-in: no open redirect through callbackUrl. */
function safeCallback(callbackUrl: string | undefined, locale: string): string {
  if (callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") && !callbackUrl.includes("\\")) {
    return callbackUrl;
  }
  return `/${locale}/dashboard`;
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
  await signInWithPassword(input.email, input.password);
  return { redirectTo: `/${locale}/dashboard` };
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
