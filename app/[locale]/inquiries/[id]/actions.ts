"use server";

import { authedAction } from "@/lib/auth/action";
import { revalidatingThreads } from "@/lib/inquiries/action";
import { blockFromThread, unblockFromThread } from "@/lib/inquiries/blocking";
import { answerMeeting, cancelMeeting, proposeMeeting } from "@/lib/inquiries/meetings";
import { postMessage } from "@/lib/inquiries/messages";
import { answerSchema, cancelMeetingSchema, meetingSchema, messageSchema, stageSchema, threadSchema } from "@/lib/inquiries/schemas";
import { changeStage } from "@/lib/inquiries/stage";
import { sampleReceivedSchema, sampleRequestSchema, sampleSentSchema } from "@/lib/quotations/schemas";
import { markSampleReceived, markSampleSent, requestSample } from "@/lib/samples/samples";

const companies = ["sme", "distributor"] as const;
const participants = ["sme", "distributor", "chamber_admin"] as const;

export const postMessageAction = revalidatingThreads(
  authedAction({ schema: messageSchema, roles: participants, rateLimit: { name: "message", max: 60, windowMinutes: 10 } }, async (input, { user, t }) => {
    const uploads = await Promise.all(input.files.map(async (file) => ({ name: file.name || "attachment", bytes: new Uint8Array(await file.arrayBuffer()) })));
    await postMessage(user, input.inquiryId, input.body, uploads);
    return { message: t("inquiries.thread.sent") };
  }),
);

export const changeStageAction = revalidatingThreads(
  authedAction({ schema: stageSchema, roles: participants }, async (input, { user, t }) => {
    await changeStage(user, input.inquiryId, input.stage, input.reason);
    return { message: t("inquiries.stage.changed", { stage: t(`inquiries.stages.${input.stage}`) }) };
  }),
);

export const proposeMeetingAction = revalidatingThreads(
  authedAction({ schema: meetingSchema, roles: companies }, async (input, { user, t }) => {
    await proposeMeeting(user, input.inquiryId, {
      mode: input.mode,
      location: input.location,
      durationMinutes: input.durationMinutes,
      slots: [input.slot1, input.slot2, input.slot3],
    });
    return { message: t("inquiries.meetings.proposed") };
  }),
);

export const answerMeetingAction = revalidatingThreads(
  authedAction({ schema: answerSchema, roles: companies }, async (input, { user, t }) => {
    await answerMeeting(user, input.meetingId, input.decision === "accept" ? { decision: "accept", slot: input.slot ?? -1 } : { decision: "decline" });
    return { message: t(input.decision === "accept" ? "inquiries.meetings.accepted" : "inquiries.meetings.declined") };
  }),
);

export const cancelMeetingAction = revalidatingThreads(
  authedAction({ schema: cancelMeetingSchema, roles: companies }, async (input, { user, t }) => {
    const was = await cancelMeeting(user, input.meetingId, input.reason);
    return { message: t(was === "accepted" ? "inquiries.meetings.cancelled" : "inquiries.meetings.proposalCancelled") };
  }),
);

export const blockCompanyAction = revalidatingThreads(
  authedAction({ schema: threadSchema, roles: companies }, async (input, { user, t }) => {
    await blockFromThread(user, input.inquiryId);
    return { message: t("inquiries.block.done") };
  }),
);

export const unblockCompanyAction = revalidatingThreads(
  authedAction({ schema: threadSchema, roles: companies }, async (input, { user, t }) => {
    await unblockFromThread(user, input.inquiryId);
    return { message: t("inquiries.block.lifted") };
  }),
);

export const requestSampleAction = revalidatingThreads(
  authedAction({ schema: sampleRequestSchema, roles: companies }, async (input, { user, t }) => {
    await requestSample(user, input.inquiryId, { items: input.items, quantity: input.quantity, address: input.address, payer: input.payer });
    return { message: t("samples.requested") };
  }),
);

export const markSampleSentAction = revalidatingThreads(
  authedAction({ schema: sampleSentSchema, roles: ["sme"] }, async (input, { user, t }) => {
    await markSampleSent(user, input.sampleId, input.carrier, input.trackingNumber);
    return { message: t("samples.sentDone") };
  }),
);

export const markSampleReceivedAction = revalidatingThreads(
  authedAction({ schema: sampleReceivedSchema, roles: ["distributor"] }, async (input, { user, t }) => {
    await markSampleReceived(user, input.sampleId, input.feedback);
    return { message: t("samples.receivedDone") };
  }),
);
