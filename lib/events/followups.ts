import "server-only";
// Reminders after a talk held: 7, 30 and 90 days on, while the deal it opened or joined has not moved.
import { and, eq, gt, inArray, isNotNull, lt, lte, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, eventTalks, events, inquiries, inquiryEvents } from "@/db/schema";
import { nameParam } from "@/lib/notifications/types";
import { notifyCompanies } from "./notices";

export const followupDays = [7, 30, 90] as const;

/** The latest reminder due `days` after the talk, past the last one sent; none if none is due. */
export function dueFollowup(heldAt: Date, sentDays: number, now: Date): number | undefined {
  const elapsed = (now.getTime() - heldAt.getTime()) / 86_400_000;
  return [...followupDays].reverse().find((d) => d > sentDays && elapsed >= d);
}

/**
 * One round: for each held talk whose thread's deal has neither changed stage since the talk nor
 * been signed or closed, the reminder due goes to both companies, once (the row is claimed by
 * raising its `followupDays`, so two instances never send the same one). Returns how many went out.
 */
export async function runEventFollowups(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const moved = db
    .select({ id: inquiryEvents.inquiryId })
    .from(inquiryEvents)
    .where(and(eq(inquiryEvents.type, "stage_changed"), eq(inquiryEvents.inquiryId, eventTalks.inquiryId), gt(inquiryEvents.createdAt, eventTalks.heldAt)));
  const rows = await db
    .select({ talk: eventTalks, event: { id: events.id, name: events.name } })
    .from(eventTalks)
    .innerJoin(events, eq(events.id, eventTalks.eventId))
    .innerJoin(inquiries, eq(inquiries.id, eventTalks.inquiryId))
    .where(
      and(
        eq(eventTalks.status, "held"),
        isNotNull(eventTalks.heldAt),
        lt(eventTalks.followupDays, 90),
        lte(eventTalks.heldAt, new Date(now.getTime() - followupDays[0] * 86_400_000)),
        notInArray(inquiries.stage, ["signed", "closed"]),
        sql`not exists (${moved})`,
      ),
    );
  let sent = 0;
  for (const { talk, event } of rows) {
    const days = dueFollowup(talk.heldAt!, talk.followupDays, now);
    if (!days) continue;
    await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(eventTalks)
        .set({ followupDays: days })
        .where(and(eq(eventTalks.id, talk.id), eq(eventTalks.followupDays, talk.followupDays)))
        .returning({ id: eventTalks.id });
      if (!claimed) return;
      const names = await tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(inArray(companies.id, [talk.smeId, talk.distributorId]));
      const nameOf = (id: string) => nameParam(names.find((n) => n.id === id)?.name);
      for (const [own, other] of [
        [talk.smeId, talk.distributorId],
        [talk.distributorId, talk.smeId],
      ] as const) {
        await notifyCompanies(tx, event, [own], "event_followup", { inquiryId: talk.inquiryId!, companyName: nameOf(other), days });
      }
      sent++;
    });
  }
  return sent;
}
