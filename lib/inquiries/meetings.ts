import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { inquiries, inquiryEvents, meetings, type Meeting, type User } from "@/db/schema";
import { assertEmailVerified } from "@/lib/accounts/verification";
import { PublicError } from "@/lib/errors";
import { nameParam } from "@/lib/notifications/types";
import { isUuid, readableScope, requireWritable, viewerOf, type Viewer } from "./access";
import { refreshInquiryFacts } from "./facts";
import { cancelRefusal } from "./meeting-rules";
import { notifyThread } from "./participants";
import { zonedLocalToUtc, zoneOfSide } from "./zones";

const YEAR_MS = 366 * 24 * 3600 * 1000;

export type ProposeInput = { mode: "online" | "onsite"; location?: string; durationMinutes: number; slots: string[] };

/**
 * Reads the proposer's datetime-local slots in their own zone (an SME in Japan time, a distributor
 * in China time) and returns them in UTC: two or three, distinct, in the coming year.
 */
export function slotsToUtc(side: "sme" | "distributor", locals: string[], now = new Date()): Date[] {
  const filled = locals.map((s) => s.trim()).filter(Boolean);
  if (filled.length < 2 || filled.length > 3) throw new PublicError("inquiries.errors.slotCount", "slots");
  const zone = zoneOfSide(side);
  const dates = filled.map((local) => {
    const date = zonedLocalToUtc(local, zone);
    if (!date) throw new PublicError("inquiries.errors.slotInvalid", "slots");
    if (date.getTime() <= now.getTime() || date.getTime() > now.getTime() + YEAR_MS) throw new PublicError("inquiries.errors.slotPast", "slots");
    return date;
  });
  if (new Set(dates.map((d) => d.getTime())).size !== dates.length) throw new PublicError("inquiries.errors.slotDuplicate", "slots");
  return dates.sort((a, b) => a.getTime() - b.getTime());
}

/** Proposes a business talk to the other company; only the two companies' members propose. */
export async function proposeMeeting(user: User, inquiryId: string, input: ProposeInput): Promise<string> {
  const location = input.location?.trim() || null;
  if (input.mode === "onsite" && !location) throw new PublicError("inquiries.errors.locationRequired", "location");
  const viewer = await viewerOf(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { inquiry, role, sme, distributor } = await requireWritable(viewer, inquiryId, tx, { companiesOnly: true });
    if (role === "chamber") throw new PublicError("forbidden");
    assertEmailVerified(user);
    const slots = slotsToUtc(role, input.slots);
    const own = role === "sme" ? sme : distributor;
    const [meeting] = await tx
      .insert(meetings)
      .values({
        inquiryId: inquiry.id,
        proposedBy: user.id,
        proposedByCompanyId: own.id,
        mode: input.mode,
        location,
        durationMinutes: input.durationMinutes,
        slots,
      })
      .returning({ id: meetings.id });
    await tx.insert(inquiryEvents).values({
      inquiryId: inquiry.id,
      actorId: user.id,
      type: "meeting_proposed",
      data: { meetingId: meeting!.id, mode: input.mode, slots: slots.map((s) => s.toISOString()) },
    });
    await notifyThread(
      tx,
      inquiry,
      { userId: user.id, companyId: own.id },
      {
        type: "meeting_requested",
        audience: "otherCompany",
        payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: nameParam(own.name), meetingId: meeting!.id, slotCount: slots.length },
      },
    );
    return meeting!.id;
  });
}

/** A meeting whose thread the viewer may read; a forged id finds nothing. `lock` locks the meeting row. */
export async function findReadableMeeting(
  viewer: Viewer,
  meetingId: string,
  executor?: Executor,
  options: { lock?: boolean } = {},
): Promise<Meeting | undefined> {
  const scope = readableScope(viewer);
  if (!scope || !isUuid(meetingId)) return undefined;
  const db = executor ?? (await getDb());
  const query = db
    .select({ meeting: meetings })
    .from(meetings)
    .innerJoin(inquiries, eq(inquiries.id, meetings.inquiryId))
    .where(and(eq(meetings.id, meetingId), scope))
    .limit(1);
  const [row] = options.lock ? await query.for("update", { of: meetings }) : await query;
  return row?.meeting;
}

export type MeetingAnswer = { decision: "accept"; slot: number } | { decision: "decline" };

/**
 * The other company accepts one slot or declines. The status check is in the UPDATE's WHERE, so
 * of two answers at once only the first applies.
 */
export async function answerMeeting(user: User, meetingId: string, answer: MeetingAnswer): Promise<void> {
  const viewer = await viewerOf(user);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const found = await findReadableMeeting(viewer, meetingId, tx);
    if (!found) throw new PublicError("notFound");
    const { inquiry, role, sme, distributor } = await requireWritable(viewer, found.inquiryId, tx, { companiesOnly: true });
    const own = role === "sme" ? sme : distributor;
    if (found.proposedByCompanyId === own.id) throw new PublicError("inquiries.errors.ownProposal");
    const slot = answer.decision === "accept" ? found.slots[answer.slot] : undefined;
    // No field: the answer buttons show the form-level message only.
    if (answer.decision === "accept" && !slot) throw new PublicError("inquiries.errors.slotInvalid");
    if (slot && slot.getTime() <= Date.now()) throw new PublicError("inquiries.errors.slotExpired");
    const [updated] = await tx
      .update(meetings)
      .set(answer.decision === "accept" ? { status: "accepted", acceptedSlot: slot } : { status: "declined" })
      .where(and(eq(meetings.id, found.id), eq(meetings.status, "proposed")))
      .returning({ id: meetings.id });
    if (!updated) throw new PublicError("inquiries.errors.meetingNotOpen");
    if (slot) await refreshInquiryFacts(tx, [inquiry.id]);
    await tx.insert(inquiryEvents).values({
      inquiryId: inquiry.id,
      actorId: user.id,
      type: answer.decision === "accept" ? "meeting_accepted" : "meeting_declined",
      data: slot ? { meetingId: found.id, slot: slot.toISOString() } : { meetingId: found.id },
    });
    if (slot) {
      await notifyThread(
        tx,
        inquiry,
        { userId: user.id, companyId: own.id },
        {
          type: "meeting_accepted",
          audience: "everyone",
          payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: nameParam(own.name), meetingId: found.id, slot: slot.toISOString() },
        },
      );
    }
  });
}

/**
 * Either company calls a meeting off: a proposal still open or a confirmed meeting whose time is
 * still ahead, with an optional reason. The other company and the coordinators are told. The
 * meeting row is locked first, so an answer or a second cancellation at the same moment waits and
 * then finds it cancelled. Returns what the meeting was.
 */
export async function cancelMeeting(user: User, meetingId: string, reason = ""): Promise<"proposed" | "accepted"> {
  const viewer = await viewerOf(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const found = await findReadableMeeting(viewer, meetingId, tx, { lock: true });
    if (!found) throw new PublicError("notFound");
    const { inquiry, role, sme, distributor } = await requireWritable(viewer, found.inquiryId, tx, { companiesOnly: true });
    if (role === "chamber") throw new PublicError("forbidden");
    const refusal = cancelRefusal(found);
    if (refusal) throw new PublicError(refusal);
    const was = found.status === "accepted" ? "accepted" : "proposed";
    await tx
      .update(meetings)
      .set({ status: "cancelled" })
      .where(and(eq(meetings.id, found.id), eq(meetings.inquiryId, inquiry.id)));
    if (was === "accepted") await refreshInquiryFacts(tx, [inquiry.id]);
    // The slot a confirmed meeting had stays on the row: its .ics becomes the calendar's cancellation.
    const slot = was === "accepted" ? found.acceptedSlot?.toISOString() : undefined;
    const why = reason.trim();
    const details = { was, ...(slot ? { slot } : {}), ...(why ? { reason: why } : {}) };
    await tx.insert(inquiryEvents).values({ inquiryId: inquiry.id, actorId: user.id, type: "meeting_cancelled", data: { meetingId: found.id, ...details } });
    const own = role === "sme" ? sme : distributor;
    await notifyThread(
      tx,
      inquiry,
      { userId: user.id, companyId: own.id },
      {
        type: "meeting_cancelled",
        audience: "otherCompany",
        payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: nameParam(own.name), meetingId: found.id, ...details },
      },
    );
    return was;
  });
}
