"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userRoles } from "@/db/schema";
import { authedAction } from "@/lib/auth/action";
import { markNotificationsRead } from "@/lib/notifications/inbox";

/** Marks one of the caller's notifications read, or all of them when no id is given. */
export const markNotificationsReadAction = authedAction(
  { schema: z.object({ id: z.uuid().optional() }), roles: userRoles },
  async (input, { user, locale, t }) => {
    await markNotificationsRead(user, input.id ? [input.id] : undefined);
    // The list and the header's unread badge both change.
    revalidatePath(`/${locale}`, "layout");
    return { message: t("notifications.markedRead") };
  },
);
