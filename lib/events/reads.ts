import "server-only";
// What the event pages read; each read checks who may see it, like the writes do.
import { and, arrayContains, asc, desc, eq, gte, inArray, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  chambers,
  companies,
  eventParticipants,
  eventTalkRequests,
  eventTalks,
  events,
  products,
  type Company,
  type Event,
  type EventParticipant,
  type EventTalk,
  type EventTalkRequest,
  type Localized,
  type User,
} from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";
import { listMatches, type MatchFilters } from "@/lib/matching/read";
import type { MatchReason } from "@/lib/matching/types";
import { acceptedParticipant, eventCompany, findEvent, organizerEvent } from "./access";
import { expireRequests } from "./requests";

export type EventSummary = { event: Event; chamberName: Localized; status?: EventParticipant["status"] };

/**
 * The events a user sees: a chamber admin, those its chamber organizes or co-organizes; a company,
 * those still to come that take its kind, and any it registered for; a platform admin, all.
 */
export async function listEventsFor(
  user: Pick<User, "id" | "role" | "chamberId">,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<EventSummary[]> {
  const db = await getDb();
  const base = db
    .select({ event: events, chamberName: chambers.name })
    .from(events)
    .innerJoin(chambers, eq(chambers.id, events.chamberId))
    .orderBy(desc(events.startsOn));
  if (user.role === "platform_admin") return base;
  if (user.role === "chamber_admin") {
    if (!user.chamberId) return [];
    return base.where(or(eq(events.chamberId, user.chamberId), eq(events.coChamberId, user.chamberId)));
  }
  const membership = await getMembership(user.id);
  if (!membership) return [];
  const company = membership.company;
  const mine = await db
    .select({ eventId: eventParticipants.eventId, status: eventParticipants.status })
    .from(eventParticipants)
    .where(eq(eventParticipants.companyId, company.id));
  const statusOf = new Map(mine.map((m) => [m.eventId, m.status]));
  const open = and(gte(events.endsOn, today), arrayContains(events.allowedKinds, [company.kind]));
  const rows = await base.where(mine.length > 0 ? or(open, inArray(events.id, [...statusOf.keys()])) : open);
  return rows.map((r) => ({ ...r, status: statusOf.get(r.event.id) }));
}

export type EventPage = {
  event: Event;
  chamberName: Localized;
  coChamberName: Localized | null;
  isOrganizer: boolean;
  company?: Company;
  participation?: EventParticipant;
};

/** An event's page for anyone signed in: its details, and the viewer's part in it. */
export async function readEventPage(user: Pick<User, "id" | "role" | "chamberId">, eventId: string): Promise<EventPage> {
  const db = await getDb();
  const event = await findEvent(db, eventId);
  const names = await db
    .select({ id: chambers.id, name: chambers.name })
    .from(chambers)
    .where(
      inArray(
        chambers.id,
        [event.chamberId, event.coChamberId].filter((id): id is string => Boolean(id)),
      ),
    );
  const nameOf = (id: string | null) => names.find((n) => n.id === id)?.name ?? null;
  const isOrganizer = user.role === "chamber_admin" && user.chamberId === event.chamberId;
  const company = (await getMembership(user.id))?.company;
  const [participation] = company
    ? await db
        .select()
        .from(eventParticipants)
        .where(and(eq(eventParticipants.eventId, event.id), eq(eventParticipants.companyId, company.id)))
    : [];
  return { event, chamberName: nameOf(event.chamberId) ?? {}, coChamberName: nameOf(event.coChamberId), isOrganizer, company, participation };
}

/** The company's own published products, to choose what it brings. */
export async function ownPublishedProducts(companyId: string): Promise<{ id: string; ref: string; name: Localized }[]> {
  const db = await getDb();
  return db
    .select({ id: products.id, ref: products.ref, name: products.name })
    .from(products)
    .where(and(eq(products.companyId, companyId), eq(products.published, true)))
    .orderBy(asc(products.ref));
}

/** Other chambers, for the co-organizer choice. */
export async function otherChambers(admin: Pick<User, "chamberId">): Promise<{ id: string; name: Localized }[]> {
  const db = await getDb();
  const rows = await db.select({ id: chambers.id, name: chambers.name }).from(chambers).orderBy(asc(chambers.key));
  return rows.filter((r) => r.id !== admin.chamberId);
}

export type Counterpart = {
  company: { id: string; ref: string; name: Localized; region: string; kind: Company["kind"]; languages: string[]; chamberName: Localized | null };
  score: number | null;
  reasons: MatchReason[];
  /** The pair's latest request, whichever side sent it. */
  request?: Pick<EventTalkRequest, "id" | "status" | "fromCompanyId" | "expiresAt">;
};

export type ParticipantsView = {
  event: Event;
  company: Company;
  others: Counterpart[];
  incoming: (EventTalkRequest & { name: Localized })[];
  outgoing: (EventTalkRequest & { name: Localized })[];
};

/**
 * For an accepted participant: the other side's accepted participants, best matches first (the
 * matching engine's score and reasons; filtered like the Matches page), and its requests both ways.
 */
export async function readParticipants(user: Pick<User, "id">, eventId: string, filters: MatchFilters = {}, at: Date = new Date()): Promise<ParticipantsView> {
  const company = await eventCompany(user);
  const db = await getDb();
  const event = await findEvent(db, eventId);
  await acceptedParticipant(db, event.id, company.id);
  await expireRequests(db, event.id, at);
  const rows = await db
    .select({
      id: companies.id,
      ref: companies.ref,
      name: companies.name,
      region: companies.region,
      kind: companies.kind,
      languages: companies.languages,
      chamberName: chambers.name,
    })
    .from(eventParticipants)
    .innerJoin(companies, eq(companies.id, eventParticipants.companyId))
    .leftJoin(chambers, eq(chambers.id, companies.chamberId))
    .where(
      and(
        eq(eventParticipants.eventId, event.id),
        eq(eventParticipants.status, "accepted"),
        ne(companies.kind, company.kind),
        eq(companies.status, "approved"),
      ),
    );
  const filtered = Boolean(filters.channelType || filters.region || filters.hsChapter);
  const cards = await listMatches({ companyId: company.id, kind: company.kind, filters, limit: 100 });
  const cardOf = new Map(cards.map((c) => [c.other.id, c]));
  const requests = await db
    .select({ request: eventTalkRequests, name: companies.name })
    .from(eventTalkRequests)
    .innerJoin(
      companies,
      sql`${companies.id} = case when ${eventTalkRequests.fromCompanyId} = ${company.id} then ${eventTalkRequests.toCompanyId} else ${eventTalkRequests.fromCompanyId} end`,
    )
    .where(and(eq(eventTalkRequests.eventId, event.id), or(eq(eventTalkRequests.fromCompanyId, company.id), eq(eventTalkRequests.toCompanyId, company.id))))
    .orderBy(desc(eventTalkRequests.createdAt));
  const latest = new Map<string, EventTalkRequest>();
  for (const { request } of requests) {
    const other = request.fromCompanyId === company.id ? request.toCompanyId : request.fromCompanyId;
    if (!latest.has(other)) latest.set(other, request);
  }
  const others = rows
    .filter((r) => !filtered || cardOf.has(r.id))
    .map((r) => ({ company: r, score: cardOf.get(r.id)?.score ?? null, reasons: cardOf.get(r.id)?.reasons ?? [], request: latest.get(r.id) }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.company.ref.localeCompare(b.company.ref));
  const flat = requests.map((r) => ({ ...r.request, name: r.name }));
  return {
    event,
    company,
    others,
    incoming: flat.filter((r) => r.toCompanyId === company.id && r.status === "pending"),
    outgoing: flat.filter((r) => r.fromCompanyId === company.id),
  };
}

export type DayTalk = EventTalk & { sme: Localized; distributor: Localized };

/** The organizer's view of the placed talks (published, held, missed), by time and table. */
export async function organizerTalks(admin: Pick<User, "role" | "chamberId">, eventId: string): Promise<DayTalk[]> {
  const db = await getDb();
  const event = await organizerEvent(db, admin, eventId);
  const talks = await db
    .select()
    .from(eventTalks)
    .where(and(eq(eventTalks.eventId, event.id), ne(eventTalks.status, "proposed")))
    .orderBy(eventTalks.startsAt, eventTalks.tableNo);
  const ids = [...new Set(talks.flatMap((t) => [t.smeId, t.distributorId]))];
  const names = ids.length === 0 ? [] : await db.select({ id: companies.id, name: companies.name }).from(companies).where(inArray(companies.id, ids));
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? {};
  return talks.map((t) => ({ ...t, sme: nameOf(t.smeId), distributor: nameOf(t.distributorId) }));
}

/** The caller's own talks in full (check-in, notes), for its agenda; only for an accepted participant. */
export async function ownTalks(user: Pick<User, "id">, eventId: string): Promise<Map<string, EventTalk>> {
  const company = await eventCompany(user);
  const db = await getDb();
  await acceptedParticipant(db, eventId, company.id);
  const talks = await db
    .select()
    .from(eventTalks)
    .where(
      and(eq(eventTalks.eventId, eventId), ne(eventTalks.status, "proposed"), or(eq(eventTalks.smeId, company.id), eq(eventTalks.distributorId, company.id))),
    );
  return new Map(talks.map((t) => [t.id, t]));
}

/** A read refused with a public error (not found, not yours, not accepted) as nothing: the page shows not-found. */
export async function orMissing<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof PublicError) return undefined;
    throw error;
  }
}
