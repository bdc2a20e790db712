"use server";

import { authedAction } from "@/lib/auth/action";
import { markTalk } from "@/lib/events/day";
import { decideRegistration, updateEvent } from "@/lib/events/organizer";
import { proposeSchedule, publishSchedule } from "@/lib/events/plan";
import { decisionFormSchema, eventIdSchema, eventUpdateSchema, talkMarkSchema } from "@/lib/events/schemas";

// The organizer's writes: each finds the event through the admin's own chamber (lib/events/access.ts).
const organizer = { roles: ["chamber_admin"] as const, revalidate: ["/events"] };

export const updateEventAction = authedAction({ schema: eventUpdateSchema, ...organizer }, async ({ eventId, input }, { user, t }) => {
  await updateEvent(user, eventId, input);
  return { message: t("events.form.saved") };
});

export const decideRegistrationAction = authedAction({ schema: decisionFormSchema, ...organizer }, async ({ eventId, ...input }, { user, t }) => {
  await decideRegistration(user, eventId, input);
  return { message: t(input.decision === "accepted" ? "events.manage.accepted" : "events.manage.rejected") };
});

export const proposeScheduleAction = authedAction({ schema: eventIdSchema, ...organizer }, async ({ eventId }, { user, t }) => {
  const result = await proposeSchedule(user, eventId);
  return { message: t("events.manage.proposed", result) };
});

export const publishScheduleAction = authedAction({ schema: eventIdSchema, ...organizer }, async ({ eventId }, { user, t }) => {
  await publishSchedule(user, eventId);
  return { message: t("events.manage.published") };
});

export const markTalkAction = authedAction({ schema: talkMarkSchema, ...organizer }, async (input, { user, t }) => {
  await markTalk(user, input);
  return { message: t("events.manage.marked") };
});
