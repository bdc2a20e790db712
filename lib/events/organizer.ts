import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, companies, eventParticipants, eventTalks, events, type Company, type Event, type EventParticipant, type User } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { PublicError } from "@/lib/errors";
import { organizerEvent } from "./access";
import { notifyCompanies } from "./notices";
import type { EventInput, RegistrationDecision } from "./schemas";

type Admin = Pick<User, "id" | "role" | "chamberId">;

function localized(ja?: string, zh?: string, en?: string): Localized {
  return Object.fromEntries(Object.entries({ ja, zh, en }).filter(([, text]) => text)) as Localized;
}

function columns(input: EventInput) {
  const description = localized(input.descriptionJa, input.descriptionZh, input.descriptionEn);
  return {
    name: localized(input.nameJa, input.nameZh, input.nameEn),
    description: Object.keys(description).length > 0 ? description : null,
    place: input.place ?? null,
    onlineUrl: input.onlineUrl ?? null,
    coChamberId: input.coChamberId ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    timeZone: input.timeZone,
    talkMinutes: input.talkMinutes,
    breakMinutes: input.breakMinutes,
    dayStart: input.dayStart,
    dayEnd: input.dayEnd,
    tables: input.tables,
    registrationDeadline: input.registrationDeadline,
    allowedKinds: [...new Set(input.allowedKinds)],
    requestExpiryHours: input.requestExpiryHours,
    maxPendingRequests: input.maxPendingRequests,
  };
}

async function checkCoChamber(admin: Admin, coChamberId: string | undefined): Promise<void> {
  if (!coChamberId) return;
  if (coChamberId === admin.chamberId) throw new PublicError("events.errors.chamberNotFound", "coChamberId");
  const [row] = await (await getDb()).select({ id: chambers.id }).from(chambers).where(eq(chambers.id, coChamberId)).limit(1);
  if (!row) throw new PublicError("events.errors.chamberNotFound", "coChamberId");
}

/** A chamber admin creates an event organized by their own chamber. */
export async function createEvent(admin: Admin, input: EventInput): Promise<Event> {
  if (admin.role !== "chamber_admin" || !admin.chamberId) throw new PublicError("forbidden");
  await checkCoChamber(admin, input.coChamberId);
  const [row] = await (
    await getDb()
  )
    .insert(events)
    .values({ ...columns(input), chamberId: admin.chamberId, createdBy: admin.id })
    .returning();
  return row!;
}

const gridFields = ["startsOn", "endsOn", "timeZone", "dayStart", "dayEnd", "talkMinutes", "breakMinutes"] as const;

/**
 * Edits an event of the admin's own chamber; another chamber's event is not found. Once talks are
 * placed, the days, hours and talk length stay as they are: the talks' times were cut from them.
 */
export async function updateEvent(admin: Admin, eventId: string, input: EventInput): Promise<Event> {
  const db = await getDb();
  const event = await organizerEvent(db, admin, eventId);
  await checkCoChamber(admin, input.coChamberId);
  if (gridFields.some((field) => event[field] !== input[field])) {
    const [placed] = await db.select({ id: eventTalks.id }).from(eventTalks).where(eq(eventTalks.eventId, event.id)).limit(1);
    if (placed) throw new PublicError("events.errors.scheduleExists");
  }
  const [row] = await db
    .update(events)
    .set(columns(input))
    .where(and(eq(events.id, event.id), eq(events.chamberId, event.chamberId)))
    .returning();
  return row!;
}

/** Accepts or rejects a waiting registration to one of the admin's chamber's events. */
export async function decideRegistration(admin: Admin, eventId: string, input: RegistrationDecision): Promise<void> {
  const db = await getDb();
  const event = await organizerEvent(db, admin, eventId);
  const own = db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, event.id), eq(events.chamberId, event.chamberId)));
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(eventParticipants)
      .set({ status: input.decision, decidedAt: new Date() })
      .where(and(eq(eventParticipants.id, input.participantId), inArray(eventParticipants.eventId, own), eq(eventParticipants.status, "pending")))
      .returning({ companyId: eventParticipants.companyId });
    if (!row) throw new PublicError("events.errors.registrationNotFound");
    await notifyCompanies(tx, event, [row.companyId], "event_registration", { decision: input.decision });
  });
}

export type Registration = { participant: EventParticipant; company: Pick<Company, "id" | "kind" | "name" | "region"> };

/** The registrations of one of the admin's chamber's events, waiting ones first. */
export async function listRegistrations(admin: Admin, eventId: string): Promise<Registration[]> {
  const db = await getDb();
  const event = await organizerEvent(db, admin, eventId);
  const rows = await db
    .select({ participant: eventParticipants, company: { id: companies.id, kind: companies.kind, name: companies.name, region: companies.region } })
    .from(eventParticipants)
    .innerJoin(companies, eq(companies.id, eventParticipants.companyId))
    .innerJoin(events, and(eq(events.id, eventParticipants.eventId), eq(events.chamberId, event.chamberId)))
    .where(eq(eventParticipants.eventId, event.id))
    .orderBy(eventParticipants.createdAt);
  const order = { pending: 0, accepted: 1, rejected: 2 } as const;
  return rows.sort((a, b) => order[a.participant.status] - order[b.participant.status]);
}
