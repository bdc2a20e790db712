"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { userRoles } from "@/db/schema";
import { sendEmailLinkTo } from "@/lib/accounts/email-link";
import { changePassword } from "@/lib/auth/password-change";
import { passwordChangeSchema } from "@/lib/accounts/schemas";
import { endAllSessions } from "@/lib/accounts/sessions";
import { needsEmailVerification } from "@/lib/accounts/verification";
import { authedAction } from "@/lib/auth/action";
import { clientIp } from "@/lib/auth/client-ip";
import { signIn, signOut } from "@/lib/auth/config";

/**
 * Changes the password; every session ends, and this browser gets a new one at once. The answer
 * is a redirect: Next renders its target with the new cookie, where a render of this request
 * would still carry the old one, now refused.
 */
export const changePasswordAction = authedAction({ schema: passwordChangeSchema, roles: userRoles }, async (input, { user, locale }) => {
  await changePassword(user, input, clientIp(await headers()));
  await signIn("credentials", { email: user.email, password: input.newPassword, redirect: false });
  return { redirectTo: `/${locale}/settings/account?notice=passwordChanged` };
});

/** Ends every session of the account, this one included. */
export const signOutEverywhereAction = authedAction({ schema: z.object({}), roles: userRoles }, async (_input, { user, locale }) => {
  await endAllSessions(user.id);
  await signOut({ redirect: false });
  return { redirectTo: `/${locale}/sign-in?notice=signedOutEverywhere` };
});

/** Sends the unconfirmed account a new link confirming its address (at most 3 open at once). */
export const resendVerificationAction = authedAction(
  { schema: z.object({}), roles: ["sme", "distributor"], rateLimit: { name: "verify-email", max: 5, windowMinutes: 15 } },
  async (_input, { user, locale, t }) => {
    if (!needsEmailVerification(user)) return { message: t("account.alreadyVerified") };
    await sendEmailLinkTo(user, "verify_email", locale);
    return { message: t("account.verifyLinkSent", { email: user.email }) };
  },
);
