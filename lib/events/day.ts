import "server-only";
// On the day: each side checks in to its talk and writes a short note; the organizer marks a
// talk held or missed. A talk both sides checked in to is held.
import { and, eq, inArray, or } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { eventTalks, type Event, type EventTalk, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { zonedLocalToUtc } from "@/lib/inquiries/wall-clock";
import { acceptedParticipant, eventCompany, findEvent, organizerEvent } from "./access";
import type { TalkMark, TalkNote } from "./schemas";
import { holdTalk, postNote, type Side } from "./thread";

async function ownTalk(tx: Executor, companyId: string, talkId: string): Promise<EventTalk> {
  const [talk] = await tx
    .select()
    .from(eventTalks)
    .where(
      and(
        eq(eventTalks.id, talkId),
        or(eq(eventTalks.smeId, companyId), eq(eventTalks.distributorId, companyId)),
        inArray(eventTalks.status, ["scheduled", "held"]),
      ),
    )
    .for("update")
    .limit(1);
  if (!talk) throw new PublicError("events.errors.talkNotFound");
  return talk;
}

/** From midnight of the event's first day, in its zone: check-in and the organizer's marks open then. */
export function dayHasCome(event: Event, at: Date): boolean {
  const first = zonedLocalToUtc(`${event.startsOn}T00:00`, event.timeZone);
  return !first || at >= first;
}

/** The caller's company checks in to one of its talks; once both sides have, the talk is held. */
export async function checkIn(user: Pick<User, "id">, talkId: string, at: Date = new Date()): Promise<EventTalk> {
  const company = await eventCompany(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const talk = await ownTalk(tx, company.id, talkId);
    const event = await findEvent(tx, talk.eventId);
    await acceptedParticipant(tx, event.id, company.id);
    if (!dayHasCome(event, at)) throw new PublicError("events.errors.notYet");
    const side: Side = talk.smeId === company.id ? "sme" : "distributor";
    const set = side === "sme" ? { smeCheckedInAt: talk.smeCheckedInAt ?? at } : { distributorCheckedInAt: talk.distributorCheckedInAt ?? at };
    const [row] = await tx.update(eventTalks).set(set).where(eq(eventTalks.id, talk.id)).returning();
    if (row!.status === "scheduled" && row!.smeCheckedInAt && row!.distributorCheckedInAt) return holdTalk(tx, event, row!, user.id, at);
    return row!;
  });
}

/** One side's note on its talk, written once; on a held talk it goes to the thread at once. */
export async function writeNote(user: Pick<User, "id">, input: TalkNote): Promise<EventTalk> {
  const company = await eventCompany(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const talk = await ownTalk(tx, company.id, input.talkId);
    const event = await findEvent(tx, talk.eventId);
    await acceptedParticipant(tx, event.id, company.id);
    const side: Side = talk.smeId === company.id ? "sme" : "distributor";
    if ((side === "sme" ? talk.smeInterest : talk.distributorInterest) !== null) throw new PublicError("events.errors.noteWritten");
    const note = input.note ?? null;
    const set =
      side === "sme"
        ? { smeInterest: input.interest, smeNextStep: input.nextStep, smeNote: note }
        : { distributorInterest: input.interest, distributorNextStep: input.nextStep, distributorNote: note };
    const [row] = await tx.update(eventTalks).set(set).where(eq(eventTalks.id, talk.id)).returning();
    if (row!.status === "held") await postNote(tx, event, row!, side, user.id);
    return row!;
  });
}

/** The organizer marks a scheduled talk of its own event held (as if both checked in) or missed. */
export async function markTalk(admin: Pick<User, "id" | "role" | "chamberId">, input: TalkMark, at: Date = new Date()): Promise<EventTalk> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const event = await organizerEvent(tx, admin, input.eventId, { lock: true });
    if (!dayHasCome(event, at)) throw new PublicError("events.errors.notYet");
    const [talk] = await tx
      .select()
      .from(eventTalks)
      .where(and(eq(eventTalks.id, input.talkId), eq(eventTalks.eventId, event.id), eq(eventTalks.status, "scheduled")))
      .for("update")
      .limit(1);
    if (!talk) throw new PublicError("events.errors.talkNotFound");
    if (input.outcome === "held") return holdTalk(tx, event, talk, admin.id, at);
    const [row] = await tx
      .update(eventTalks)
      .set({ status: "no_show" })
      .where(and(eq(eventTalks.id, talk.id), eq(eventTalks.eventId, event.id)))
      .returning();
    return row!;
  });
}
