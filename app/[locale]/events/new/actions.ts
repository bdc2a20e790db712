"use server";

import { authedAction } from "@/lib/auth/action";
import { createEvent } from "@/lib/events/organizer";
import { eventSchema } from "@/lib/events/schemas";

export const createEventAction = authedAction({ schema: eventSchema, roles: ["chamber_admin"] }, async (input, { user, locale }) => {
  const event = await createEvent(user, input);
  return { redirectTo: `/${locale}/events/${event.id}/manage` };
});
