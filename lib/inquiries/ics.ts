import "server-only";
import { createEvent } from "ics";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, inquiries, type User } from "@/db/schema";
import { viewerOf } from "./access";
import { findReadableMeeting } from "./meetings";
import { neutralName } from "./participants";

export type MeetingIcs = { fileName: string; body: string };

/**
 * The accepted slot of a meeting as an iCalendar file, in UTC so every calendar shows it in its
 * own zone; undefined when the viewer may not read the thread or no slot was ever accepted.
 * A confirmed meeting that was cancelled is served as its cancellation (RFC 5546): METHOD:CANCEL
 * and STATUS:CANCELLED under the same UID with a higher SEQUENCE, so a calendar that imported the
 * meeting removes it. A proposal cancelled before anyone accepted it was never offered as a file.
 */
export async function meetingIcs(user: User, meetingId: string): Promise<MeetingIcs | undefined> {
  const viewer = await viewerOf(user);
  const meeting = await findReadableMeeting(viewer, meetingId);
  if (!meeting?.acceptedSlot || (meeting.status !== "accepted" && meeting.status !== "cancelled")) return undefined;
  const cancelled = meeting.status === "cancelled";
  const db = await getDb();
  const [inquiry] = await db
    .select({ subject: inquiries.subject, smeId: inquiries.smeId, distributorId: inquiries.distributorId })
    .from(inquiries)
    .where(eq(inquiries.id, meeting.inquiryId));
  if (!inquiry) return undefined;
  const rows = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(inArray(companies.id, [inquiry.smeId, inquiry.distributorId]));
  const nameOf = (id: string) => neutralName(rows.find((r) => r.id === id)?.name);
  const title = `${inquiry.subject} — ${nameOf(inquiry.smeId)} × ${nameOf(inquiry.distributorId)}`;
  const { error, value } = createEvent({
    method: cancelled ? "CANCEL" : "PUBLISH",
    uid: `${meeting.id}@kakehashi`,
    sequence: cancelled ? 1 : 0,
    productId: "kakehashi/inquiries",
    title,
    start: meeting.acceptedSlot.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: meeting.durationMinutes },
    location: meeting.location ?? undefined,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
  });
  if (error || !value) throw error ?? new Error("ics: no output");
  return { fileName: `meeting-${meeting.acceptedSlot.toISOString().slice(0, 10)}${cancelled ? "-cancelled" : ""}.ics`, body: value };
}
