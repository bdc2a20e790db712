"use server";

import { z } from "zod";
import { userRoles } from "@/db/schema";
import { rememberLocale } from "@/lib/accounts/users";
import { authedAction } from "@/lib/auth/action";
import { locales } from "@/lib/i18n/routing";

/** Stores the language the signed-in caller now reads the site in, as their own users.locale. */
export const rememberLocaleAction = authedAction({ schema: z.object({ locale: z.enum(locales) }), roles: userRoles }, async (input, { user }) => {
  await rememberLocale(user, input.locale);
});
