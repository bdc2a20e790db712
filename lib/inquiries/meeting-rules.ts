import type { Meeting } from "@/db/schema";

/** Meeting lengths the proposal form offers, in minutes. */
export const meetingDurations = [30, 60, 90, 120] as const;

export type CancelRefusal = "inquiries.errors.meetingAlreadyCancelled" | "inquiries.errors.meetingDeclined" | "inquiries.errors.meetingPast";

/**
 * Why a meeting can no longer be called off (an error key), or undefined while it can: it is
 * proposed or confirmed and its time still lies ahead (a proposal's latest slot, a confirmed
 * meeting's start). The list shows the cancel form by the same rule the server applies.
 */
export function cancelRefusal(meeting: Pick<Meeting, "status" | "slots" | "acceptedSlot">, now: Date = new Date()): CancelRefusal | undefined {
  if (meeting.status === "cancelled") return "inquiries.errors.meetingAlreadyCancelled";
  if (meeting.status === "declined") return "inquiries.errors.meetingDeclined";
  const times = meeting.status === "accepted" && meeting.acceptedSlot ? [meeting.acceptedSlot] : meeting.slots;
  return times.some((time) => time.getTime() > now.getTime()) ? undefined : "inquiries.errors.meetingPast";
}
