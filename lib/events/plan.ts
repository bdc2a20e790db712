import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies, eventParticipants, eventTalkRequests, eventTalks, events, matches, type CompanyKind, type Event, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { organizerEvent } from "./access";
import { notifyCompanies } from "./notices";
import { expireRequests } from "./requests";
import { schedule, type TalkRequestInput } from "./scheduler";
import { slotStarts } from "./slots";

type Admin = Pick<User, "role" | "chamberId">;

/** Talks that happened (or were missed) stay where they are; a new plan works around them. */
const settled = ["held", "no_show"] as const;

type Participant = { companyId: string; kind: CompanyKind; availability: string[] };

async function acceptedParticipants(tx: Executor, eventId: string): Promise<Map<string, Participant>> {
  const rows = await tx
    .select({ companyId: eventParticipants.companyId, kind: companies.kind, availability: eventParticipants.availability })
    .from(eventParticipants)
    .innerJoin(companies, eq(companies.id, eventParticipants.companyId))
    .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.status, "accepted")));
  return new Map(rows.map((r) => [r.companyId, r]));
}

/** Accepted requests between accepted participants of both sides, with the pair's match score. */
async function schedulable(tx: Executor, event: Event, people: Map<string, Participant>) {
  const requests = await tx
    .select({ id: eventTalkRequests.id, from: eventTalkRequests.fromCompanyId, to: eventTalkRequests.toCompanyId })
    .from(eventTalkRequests)
    .where(and(eq(eventTalkRequests.eventId, event.id), eq(eventTalkRequests.status, "accepted")));
  const done = await tx
    .select({
      requestId: eventTalks.requestId,
      startsAt: eventTalks.startsAt,
      tableNo: eventTalks.tableNo,
      smeId: eventTalks.smeId,
      distributorId: eventTalks.distributorId,
    })
    .from(eventTalks)
    .where(and(eq(eventTalks.eventId, event.id), inArray(eventTalks.status, [...settled])));
  const doneIds = new Set(done.map((d) => d.requestId));
  const pairs = requests
    .filter((r) => !doneIds.has(r.id) && people.has(r.from) && people.has(r.to) && people.get(r.from)!.kind !== people.get(r.to)!.kind)
    .map((r) => (people.get(r.from)!.kind === "sme" ? { id: r.id, sme: r.from, distributor: r.to } : { id: r.id, sme: r.to, distributor: r.from }));
  const smes = [...people.values()].filter((p) => p.kind === "sme").map((p) => p.companyId);
  const scores = new Map<string, number>();
  if (pairs.length > 0 && smes.length > 0) {
    const rows = await tx
      .select({ smeId: matches.smeId, distributorId: matches.distributorId, score: matches.score })
      .from(matches)
      .where(inArray(matches.smeId, smes));
    for (const row of rows) scores.set(`${row.smeId}/${row.distributorId}`, row.score);
  }
  return { pairs: pairs.map((p) => ({ ...p, score: scores.get(`${p.sme}/${p.distributor}`) ?? 0 })), done };
}

/**
 * The organizer's draft: accepted requests placed by the scheduler (best match scores first)
 * into the event's slots and tables, around each side's availability and the talks already held.
 * It replaces the previous draft; the published schedule stays as it is until `publishSchedule`.
 */
export async function proposeSchedule(admin: Admin, eventId: string, at: Date = new Date()): Promise<{ placed: number; unscheduled: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const event = await organizerEvent(tx, admin, eventId, { lock: true });
    await expireRequests(tx, event.id, at);
    const people = await acceptedParticipants(tx, event.id);
    const { pairs, done } = await schedulable(tx, event, people);
    const busy = new Map<string, Set<number>>();
    const occupied = new Map<number, Set<number>>();
    const add = <K>(map: Map<K, Set<number>>, key: K, value: number) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
    for (const d of done) {
      for (const p of [d.smeId, d.distributorId]) add(busy, p, d.startsAt.getTime());
      add(occupied, d.startsAt.getTime(), d.tableNo);
    }
    const availability = new Map<string, Set<number>>();
    for (const p of people.values()) if (p.availability.length > 0) availability.set(p.companyId, new Set(p.availability.map((iso) => Date.parse(iso))));
    const requests: TalkRequestInput[] = pairs.map((p) => ({ id: p.id, a: p.sme, b: p.distributor, score: p.score }));
    const result = schedule({ slots: slotStarts(event), tables: event.tables, requests, availability, busy, occupied });

    await tx.delete(eventTalks).where(and(eq(eventTalks.eventId, event.id), eq(eventTalks.status, "proposed")));
    const byId = new Map(pairs.map((p) => [p.id, p]));
    const rows = result.assignments.map((a) => {
      const pair = byId.get(a.requestId)!;
      return { eventId: event.id, requestId: a.requestId, smeId: pair.sme, distributorId: pair.distributor, startsAt: new Date(a.slot), tableNo: a.table };
    });
    for (let i = 0; i < rows.length; i += 1000) await tx.insert(eventTalks).values(rows.slice(i, i + 1000));
    return { placed: rows.length, unscheduled: result.unscheduled.length };
  });
}

export type ScheduleChange = {
  requestId: string;
  smeId: string;
  distributorId: string;
  startsAt: Date;
  tableNo: number;
  change: "added" | "moved" | "removed";
};

/**
 * The draft becomes the schedule: talks not yet held move to their proposed slot and table, and
 * those left out of the draft are taken off. Returns the talks added, moved or taken off, whose
 * two companies must hear of it.
 */
export async function publishSchedule(admin: Admin, eventId: string, at: Date = new Date()): Promise<ScheduleChange[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const event = await organizerEvent(tx, admin, eventId, { lock: true });
    const proposed = await tx
      .select()
      .from(eventTalks)
      .where(and(eq(eventTalks.eventId, event.id), eq(eventTalks.status, "proposed")));
    if (proposed.length === 0) throw new PublicError("events.errors.nothingProposed");
    const before = await tx
      .select()
      .from(eventTalks)
      .where(and(eq(eventTalks.eventId, event.id), eq(eventTalks.status, "scheduled")));
    const was = new Map(before.map((b) => [b.requestId, `${b.startsAt.getTime()}/${b.tableNo}`]));
    const kept = new Set(proposed.map((p) => p.requestId));
    await tx.delete(eventTalks).where(and(eq(eventTalks.eventId, event.id), eq(eventTalks.status, "scheduled")));
    await tx
      .update(eventTalks)
      .set({ status: "scheduled" })
      .where(and(eq(eventTalks.eventId, event.id), eq(eventTalks.status, "proposed")));
    await tx
      .update(events)
      .set({ publishedAt: at })
      .where(and(eq(events.id, event.id), eq(events.chamberId, event.chamberId)));
    const change = (talk: (typeof proposed)[number], kind: ScheduleChange["change"]): ScheduleChange => ({
      requestId: talk.requestId,
      smeId: talk.smeId,
      distributorId: talk.distributorId,
      startsAt: talk.startsAt,
      tableNo: talk.tableNo,
      change: kind,
    });
    const changes = [
      ...proposed
        .filter((p) => was.get(p.requestId) !== `${p.startsAt.getTime()}/${p.tableNo}`)
        .map((p) => change(p, was.has(p.requestId) ? "moved" : "added")),
      ...before.filter((b) => !kept.has(b.requestId)).map((b) => change(b, "removed")),
    ];
    // Each company hears once per kind of change: its agenda page then shows what is new.
    const told = new Set<string>();
    for (const c of changes) {
      for (const companyId of [c.smeId, c.distributorId]) {
        if (told.has(`${companyId}/${c.change}`)) continue;
        told.add(`${companyId}/${c.change}`);
        await notifyCompanies(tx, event, [companyId], "event_agenda", { change: c.change });
      }
    }
    return changes;
  });
}

export type AgendaTalk = { id: string; startsAt: Date; endsAt: Date; tableNo: number; status: string; other: { id: string; name: Record<string, string> } };

/** The talks of one company at an event, in time order; `draft` reads the organizer's proposal instead. */
export async function talksOf(db: Executor, event: Event, companyId: string, draft: boolean): Promise<AgendaTalk[]> {
  const statuses = draft ? (["proposed"] as const) : (["scheduled", ...settled] as const);
  const rows = await db
    .select({
      id: eventTalks.id,
      startsAt: eventTalks.startsAt,
      tableNo: eventTalks.tableNo,
      status: eventTalks.status,
      smeId: eventTalks.smeId,
      distributorId: eventTalks.distributorId,
    })
    .from(eventTalks)
    .where(
      and(
        eq(eventTalks.eventId, event.id),
        inArray(eventTalks.status, [...statuses]),
        or(eq(eventTalks.smeId, companyId), eq(eventTalks.distributorId, companyId)),
      ),
    )
    .orderBy(eventTalks.startsAt);
  const otherIds = rows.map((r) => (r.smeId === companyId ? r.distributorId : r.smeId));
  const names = otherIds.length === 0 ? [] : await db.select({ id: companies.id, name: companies.name }).from(companies).where(inArray(companies.id, otherIds));
  const nameOf = new Map(names.map((n) => [n.id, n.name as Record<string, string>]));
  return rows.map((r) => {
    const otherId = r.smeId === companyId ? r.distributorId : r.smeId;
    return {
      id: r.id,
      startsAt: r.startsAt,
      endsAt: new Date(r.startsAt.getTime() + event.talkMinutes * 60_000),
      tableNo: r.tableNo,
      status: r.status,
      other: { id: otherId, name: nameOf.get(otherId) ?? {} },
    };
  });
}
