"use server";

import { CredentialsSignin } from "next-auth";
import { sendEmailLink } from "@/lib/accounts/email-link";
import { emailLinkRequestSchema, emailLinkResetSchema, emailLinkSignInSchema, signInSchema, signUpSchema } from "@/lib/accounts/schemas";
import { endAllSessions } from "@/lib/accounts/sessions";
import { signUp } from "@/lib/accounts/sign-up";
import { publicAction } from "@/lib/auth/action";
import { signIn, signOut } from "@/lib/auth/config";
import { safeCallback } from "@/lib/auth/safe-callback";
import { lookupSessionUser } from "@/lib/auth/session";
import { PublicError } from "@/lib/errors";
import { actionLocale } from "@/lib/http/action-locale";

/** Signs in through Auth.js and turns its refusals into the messages the forms show. */
async function signInWith(provider: "credentials" | "email-link", fields: Record<string, string>): Promise<void> {
  try {
    await signIn(provider, { ...fields, redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    switch (error.code) {
      case "rate_limited":
        // The account is closed to passwords for now; its owner can still get in by email.
        throw new PublicError("rateLimited");
      case "suspended":
        throw new PublicError("accountSuspended");
      case "link_invalid":
        throw new PublicError("account.errors.linkInvalid");
      default:
        throw new PublicError("invalidCredentials");
    }
  }
}

/**
 * Creates the account, or, when the email already has one, writes to that address instead; the
 * answer is the same either way, so the form does not tell a stranger who has an account here.
 */
export const signUpAction = publicAction({ schema: signUpSchema, rateLimit: { name: "sign-up", max: 10, windowMinutes: 60 } }, async (input, { locale }) => {
  await signUp(input, locale);
  return { redirectTo: `/${locale}/sign-in?notice=checkEmail` };
});

export const signInAction = publicAction({ schema: signInSchema }, async (input, { locale }) => {
  await signInWith("credentials", { email: input.email, password: input.password });
  return { redirectTo: safeCallback(input.callbackUrl, locale) };
});

/** Sends a one-time link if the email has an active account; the answer never says whether it has. */
export const requestEmailLinkAction = publicAction(
  { schema: emailLinkRequestSchema, rateLimit: { name: "email-link", max: 5, windowMinutes: 15 } },
  async (input, { locale, t }) => {
    await sendEmailLink(input.email, "sign_in", locale);
    return { message: t("account.linkSent") };
  },
);

export const emailLinkSignInAction = publicAction({ schema: emailLinkSignInSchema }, async (input, { locale }) => {
  await signInWith("email-link", { token: input.token });
  return { redirectTo: safeCallback(input.callbackUrl, locale) };
});

/** Sets a new password through an emailed link: every earlier session ends, this browser signs in. */
export const emailLinkResetAction = publicAction({ schema: emailLinkResetSchema }, async (input, { locale }) => {
  await signInWith("email-link", { token: input.token, newPassword: input.newPassword });
  return { redirectTo: `/${locale}/settings/account?notice=passwordReset` };
});

/** Signing out ends every session of the account, so that a copied cookie stops working too. */
export async function signOutAction(): Promise<void> {
  const session = await lookupSessionUser();
  // Back to the home page in the language of the page signed out from (lib/http/action-locale.ts).
  const locale = await actionLocale(session.status === "signed_out" ? undefined : session.user?.locale);
  if (session.status !== "signed_out" && session.user) await endAllSessions(session.user.id);
  await signOut({ redirectTo: `/${locale}` });
}
