"use server";

import { userRoles } from "@/db/schema";
import { authedAction } from "@/lib/auth/action";
import { preferencesSchema, savePreferences } from "@/lib/notifications/preferences";

/** Saves the caller's own email settings: every signed-in user has them, whatever the role. */
export const savePreferencesAction = authedAction({ schema: preferencesSchema, roles: userRoles }, async (input, { user, t }) => {
  await savePreferences(user, input);
  return { message: t("notifications.settings.saved") };
});
