"use server";

import { authedAction } from "@/lib/auth/action";
import { checkIn, writeNote } from "@/lib/events/day";
import { registerForEvent, setAvailability } from "@/lib/events/registration";
import { answerTalkRequest, requestTalk } from "@/lib/events/requests";
import { availabilitySchema, registrationSchema, talkAnswerSchema, talkIdSchema, talkNoteSchema, talkRequestSchema } from "@/lib/events/schemas";

// The participants' writes: the company is the caller's own, approved (lib/events/access.ts).
const participant = { roles: ["sme", "distributor"] as const, revalidate: ["/events"] };

export const registerAction = authedAction({ schema: registrationSchema, ...participant }, async (input, { user, t }) => {
  await registerForEvent(user, input);
  return { message: t("events.register.done") };
});

export const availabilityAction = authedAction({ schema: availabilitySchema, ...participant }, async (input, { user, t }) => {
  await setAvailability(user, input);
  return { message: t("events.availability.saved") };
});

export const requestTalkAction = authedAction(
  { schema: talkRequestSchema, ...participant, rateLimit: { name: "event-talk-request", max: 60, windowMinutes: 60 } },
  async (input, { user, t }) => {
    await requestTalk(user, input);
    return { message: t("events.participants.requested") };
  },
);

export const answerTalkAction = authedAction({ schema: talkAnswerSchema, ...participant }, async (input, { user, t }) => {
  await answerTalkRequest(user, input);
  return { message: t(input.decision === "accepted" ? "events.participants.acceptedMessage" : "events.participants.declinedMessage") };
});

export const checkInAction = authedAction({ schema: talkIdSchema, ...participant }, async ({ talkId }, { user, t }) => {
  await checkIn(user, talkId);
  return { message: t("events.agenda.checkedInMessage") };
});

export const writeNoteAction = authedAction({ schema: talkNoteSchema, ...participant }, async (input, { user, t }) => {
  await writeNote(user, input);
  return { message: t("events.note.saved") };
});
