import { z } from "zod";
import { dealStages } from "@/db/schema";
import { meetingDurations } from "./meeting-rules";
import { contactSources } from "./sources";

const id = z.uuid({ error: "invalid" });
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());
const text = (max: number, required: string) => z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: "tooLong" });
const optionalText = (max: number) => z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(max, { error: "tooLong" }));

export const openInquirySchema = z.object({
  to: id,
  product: optionalId,
  source: z.enum(contactSources, { error: "invalid" }),
  subject: text(200, "inquiries.errors.subjectRequired"),
  body: text(5000, "inquiries.errors.messageRequired"),
});

const files = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  // An empty file input posts one empty File (browsers differ on its name): it means "no file".
  z.array(z.union([z.instanceof(Blob), z.string()])).transform((list) => list.filter((f): f is File => f instanceof Blob && f.size > 0)),
);

export const messageSchema = z.object({ inquiryId: id, body: optionalText(5000), files });

export const stageSchema = z.object({
  inquiryId: id,
  stage: z.enum(dealStages, { error: "invalid" }),
  reason: optionalText(500),
});

export const meetingSchema = z.object({
  inquiryId: id,
  mode: z.enum(["online", "onsite"], { error: "invalid" }),
  location: optionalText(300),
  durationMinutes: z.coerce.number().refine((n) => (meetingDurations as readonly number[]).includes(n), { error: "invalid" }),
  slot1: optionalText(40),
  slot2: optionalText(40),
  slot3: optionalText(40),
});

export const answerSchema = z.object({
  meetingId: id,
  decision: z.enum(["accept", "decline"], { error: "invalid" }),
  slot: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(2).optional()),
});

export const cancelMeetingSchema = z.object({ meetingId: id, reason: optionalText(500) });

export const threadSchema = z.object({ inquiryId: id });
