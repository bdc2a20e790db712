import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { eventParticipants, events, type Company, type Event, type EventParticipant, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/assert";
import { requireOwnCompany } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";
import { isUuid } from "@/lib/inquiries/access";

/**
 * Who may do what with an event: only admins of the organizer chamber manage it (the chamber is
 * in every WHERE clause, taken from the user row, never from a form), only approved companies
 * register, and only accepted participants request talks or see agendas.
 */
export async function organizerEvent(
  executor: Executor,
  user: Pick<User, "role" | "chamberId">,
  eventId: string,
  options: { lock?: boolean } = {},
): Promise<Event> {
  assertRole(user, ["chamber_admin"]);
  if (!user.chamberId) throw new PublicError("forbidden");
  if (!isUuid(eventId)) throw new PublicError("events.errors.eventNotFound");
  const query = executor
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.chamberId, user.chamberId)))
    .limit(1);
  // Locked: two proposals or publications of one event run one after the other.
  const [event] = options.lock ? await query.for("update") : await query;
  if (!event) throw new PublicError("events.errors.eventNotFound");
  return event;
}

/** The caller's own company, approved: the only company an event write may act for. */
export async function eventCompany(user: Pick<User, "id">): Promise<Company> {
  const { company } = await requireOwnCompany(user);
  if (company.status !== "approved") throw new PublicError("events.errors.companyNotApproved");
  return company;
}

export async function findEvent(executor: Executor, eventId: string): Promise<Event> {
  if (!isUuid(eventId)) throw new PublicError("events.errors.eventNotFound");
  const [event] = await executor.select().from(events).where(eq(events.id, eventId)).limit(1);
  if (!event) throw new PublicError("events.errors.eventNotFound");
  return event;
}

/** The company's participation in the event, when the organizer has accepted it. */
export async function acceptedParticipant(executor: Executor, eventId: string, companyId: string, options: { lock?: boolean } = {}): Promise<EventParticipant> {
  const query = executor
    .select()
    .from(eventParticipants)
    .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.companyId, companyId), eq(eventParticipants.status, "accepted")))
    .limit(1);
  // Locked: a company's requests sent at the same moment are counted against its cap one by one.
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new PublicError("events.errors.notParticipant");
  return row;
}
