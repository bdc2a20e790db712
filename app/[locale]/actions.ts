"use server";

import { z } from "zod";
import { userRoles } from "@/db/schema";
import { rememberLocale } from "@/lib/accounts/users";
import { authedAction } from "@/lib/auth/action";

/**
 * Stores the language the signed-in caller now reads the site in, as their own users.locale: the
 * language of the page that posts it (the wrapper's locale, read from the request).
 */
export const rememberLocaleAction = authedAction({ schema: z.object({}), roles: userRoles }, async (_input, { user, locale }) => {
  await rememberLocale(user, locale);
});
