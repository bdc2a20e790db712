import "server-only";
// The overdue-sample flags (each once) and the sweep that takes expired needs out of search and matches.
import { and, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { inquiries, sampleRequests, sourcingNeeds } from "@/db/schema";
import { companyChanged } from "@/lib/companies/changed";
import { notifyThread } from "@/lib/inquiries/participants";
import { needOpen } from "@/lib/quotations/dates";

const DAY = 86_400_000;
export const NOT_SENT_DAYS = 7;
export const NOT_RECEIVED_DAYS = 21;

type Flag = { key: "notSentFlaggedAt" | "notReceivedFlaggedAt"; status: "requested" | "sent"; since: "createdAt" | "sentAt"; days: number; reason: string };

const flags: Flag[] = [
  { key: "notSentFlaggedAt", status: "requested", since: "createdAt", days: NOT_SENT_DAYS, reason: "notSent" },
  { key: "notReceivedFlaggedAt", status: "sent", since: "sentAt", days: NOT_RECEIVED_DAYS, reason: "notReceived" },
];

/**
 * Flags one kind of overdue sample: the UPDATE claims each row by setting its flag column where it
 * is still null, so a row is flagged by one round only, even with two instances running at once.
 */
async function flagOverdue(tx: Executor, flag: Flag, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - flag.days * DAY);
  const claimed = await tx
    .update(sampleRequests)
    .set({ [flag.key]: now })
    .where(
      and(
        eq(sampleRequests.status, flag.status),
        isNull(sampleRequests[flag.key]),
        isNotNull(sampleRequests[flag.since]),
        lte(sampleRequests[flag.since], cutoff),
      ),
    )
    .returning({ id: sampleRequests.id, inquiryId: sampleRequests.inquiryId });
  for (const row of claimed) {
    const [inquiry] = await tx.select().from(inquiries).where(eq(inquiries.id, row.inquiryId));
    if (!inquiry) continue;
    // Both companies and the chamber's coordinators: nobody acted, so nobody is left out.
    await notifyThread(
      tx,
      inquiry,
      { userId: "00000000-0000-0000-0000-000000000000" },
      {
        type: "sample_update",
        audience: "everyone",
        payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: "", status: flag.reason, days: flag.days },
      },
    );
  }
  return claimed.length;
}

/** One round of the samples job: overdue flags, then needs whose deadline passed. Returns the flags sent. */
export async function runSampleFlags(now = new Date()): Promise<number> {
  const db = await getDb();
  let sent = 0;
  for (const flag of flags) sent += await db.transaction((tx) => flagOverdue(tx, flag, now));
  await expireNeeds(now);
  return sent;
}

/** Needs past their deadline (end of day CST): marked once, their company's search rows and matches refreshed. */
export async function expireNeeds(now = new Date()): Promise<number> {
  const db = await getDb();
  const candidates = await db
    .select({ id: sourcingNeeds.id, companyId: sourcingNeeds.companyId, deadline: sourcingNeeds.deadline })
    .from(sourcingNeeds)
    .where(and(isNull(sourcingNeeds.expiredAt), isNotNull(sourcingNeeds.deadline), lte(sourcingNeeds.deadline, sql`${now.toISOString().slice(0, 10)}::date`)));
  let expired = 0;
  for (const need of candidates.filter((n) => !needOpen(n.deadline, now))) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(sourcingNeeds)
        .set({ expiredAt: now })
        .where(and(eq(sourcingNeeds.id, need.id), isNull(sourcingNeeds.expiredAt)))
        .returning({ id: sourcingNeeds.id });
      if (!row) return;
      await companyChanged(tx, need.companyId);
      expired++;
    });
  }
  return expired;
}
