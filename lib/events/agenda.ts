import "server-only";
import { createEvents, type EventAttributes } from "ics";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, eventTalkRequests, eventTalks, type Event, type User } from "@/db/schema";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { zoneOfSide } from "@/lib/inquiries/zones";
import { acceptedParticipant, eventCompany, findEvent, organizerEvent } from "./access";
import { talksOf, type AgendaTalk } from "./plan";

export type Agenda = { event: Event; companyId: string; timeZone: string; talks: AgendaTalk[] };

/**
 * A participant's published talks, read in its own zone (JST for SMEs, CST for distributors, as
 * meetings are); only a company the organizer accepted has an agenda.
 */
export async function readAgenda(user: Pick<User, "id">, eventId: string): Promise<Agenda> {
  const company = await eventCompany(user);
  const db = await getDb();
  const event = await findEvent(db, eventId);
  await acceptedParticipant(db, event.id, company.id);
  return { event, companyId: company.id, timeZone: zoneOfSide(company.kind), talks: await talksOf(db, event, company.id, false) };
}

/** One company's talks in the organizer's draft, for review before publishing. */
export async function readDraftFor(admin: Pick<User, "role" | "chamberId">, eventId: string, companyId: string): Promise<AgendaTalk[]> {
  const db = await getDb();
  const event = await organizerEvent(db, admin, eventId);
  return talksOf(db, event, companyId, true);
}

type Side = { id: string; name: Record<string, string> };
export type ProposedTalk = { id: string; startsAt: Date; endsAt: Date; tableNo: number; sme: Side; distributor: Side };
export type ProposalReview = { talks: ProposedTalk[]; unscheduled: number };

/**
 * The whole draft for the organizer's review: every proposed talk by time and table, and how many
 * accepted requests it could not place.
 */
export async function readProposal(admin: Pick<User, "role" | "chamberId">, eventId: string): Promise<ProposalReview> {
  const db = await getDb();
  const event = await organizerEvent(db, admin, eventId);
  const talks = await db
    .select()
    .from(eventTalks)
    .where(and(eq(eventTalks.eventId, event.id), eq(eventTalks.status, "proposed")))
    .orderBy(eventTalks.startsAt, eventTalks.tableNo);
  const [accepted] = await db
    .select({ n: count() })
    .from(eventTalkRequests)
    .where(and(eq(eventTalkRequests.eventId, event.id), eq(eventTalkRequests.status, "accepted")));
  const settled = await db
    .select({ n: count() })
    .from(eventTalks)
    .where(and(eq(eventTalks.eventId, event.id), inArray(eventTalks.status, ["held", "no_show"])));
  const ids = [...new Set(talks.flatMap((t) => [t.smeId, t.distributorId]))];
  const names = ids.length === 0 ? [] : await db.select({ id: companies.id, name: companies.name }).from(companies).where(inArray(companies.id, ids));
  const nameOf = new Map(names.map((n) => [n.id, n.name as Record<string, string>]));
  const side = (id: string): Side => ({ id, name: nameOf.get(id) ?? {} });
  return {
    talks: talks.map((t) => ({
      id: t.id,
      startsAt: t.startsAt,
      endsAt: new Date(t.startsAt.getTime() + event.talkMinutes * 60_000),
      tableNo: t.tableNo,
      sme: side(t.smeId),
      distributor: side(t.distributorId),
    })),
    unscheduled: (accepted?.n ?? 0) - talks.length - (settled[0]?.n ?? 0),
  };
}

/** Every talk of the agenda as one iCalendar file, in UTC so each calendar shows its own zone. */
export function agendaIcs(agenda: Agenda, locale: Locale): string {
  const eventName = pickLocalized(agenda.event.name, locale)?.text ?? "";
  const where = (talk: AgendaTalk) => [agenda.event.place, agenda.event.onlineUrl, `#${talk.tableNo}`].filter(Boolean).join(" · ");
  const items: EventAttributes[] = agenda.talks.map((talk) => ({
    uid: `${talk.id}@kakehashi`,
    productId: "kakehashi/events",
    title: `${eventName} — ${pickLocalized(talk.other.name, locale)?.text ?? ""}`,
    start: talk.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: agenda.event.talkMinutes },
    location: where(talk),
    status: "CONFIRMED",
  }));
  const { error, value } = createEvents(items);
  if (error || !value) throw error ?? new Error("ics: no output");
  return value;
}
