"use server";

import { z } from "zod";
import { sendEmailLinkTo } from "@/lib/accounts/email-link";
import { passwordField } from "@/lib/accounts/schemas";
import { signInNewAccount } from "@/lib/auth/sign-in-new";
import { authedAction, publicAction } from "@/lib/auth/action";
import { acceptInvite, acceptInviteWithNewAccount } from "@/lib/companies/invites";

const tokenField = z.string().min(1).max(100);

export const acceptInviteAction = authedAction({ schema: z.object({ token: tokenField }), roles: ["sme", "distributor"] }, async (input, { user, locale }) => {
  await acceptInvite(input.token, user);
  return { redirectTo: `/${locale}/company` };
});

export const acceptInviteWithAccountAction = publicAction(
  {
    schema: z.object({
      token: tokenField,
      name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
      password: passwordField,
    }),
  },
  async (input, { locale }) => {
    const user = await acceptInviteWithNewAccount(input.token, { name: input.name, password: input.password, locale });
    // The invite link was passed on by a colleague: it proves nothing about the address.
    await sendEmailLinkTo(user, "verify_email", locale);
    return { redirectTo: await signInNewAccount(user.email, input.password, locale, `/${locale}/company`) };
  },
);
