import "server-only";
import { and, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { companyBlocks, inquiries, inquiryEvents, meetings } from "@/db/schema";
import { refreshInquiryFacts } from "./facts";
import { openStages } from "./stages";

/** True when either company has blocked the other: contact is over both ways. */
export async function blockedBetween(executor: Executor, a: string, b: string): Promise<boolean> {
  const [row] = await executor
    .select({ blockerId: companyBlocks.blockerId })
    .from(companyBlocks)
    .where(or(and(eq(companyBlocks.blockerId, a), eq(companyBlocks.blockedId, b)), and(eq(companyBlocks.blockerId, b), eq(companyBlocks.blockedId, a))))
    .limit(1);
  return Boolean(row);
}

/**
 * Records the block and closes the open deals between the two companies, each with its timeline
 * row, so the chamber's statistics do not count talks that can no longer happen. Meetings still
 * ahead between them are called off too: a pending proposal could no longer be answered, and a
 * confirmed meeting would otherwise stay in both calendars (its .ics now serves the cancellation).
 */
export async function insertBlock(tx: Executor, actorId: string, blockerId: string, blockedId: string): Promise<void> {
  await tx.insert(companyBlocks).values({ blockerId, blockedId }).onConflictDoNothing();
  const pair = or(
    and(eq(inquiries.smeId, blockerId), eq(inquiries.distributorId, blockedId)),
    and(eq(inquiries.smeId, blockedId), eq(inquiries.distributorId, blockerId)),
  );
  const cancelledIn = await cancelUpcomingMeetings(tx, actorId, pair);
  const closed = await tx
    .select({ id: inquiries.id, stage: inquiries.stage })
    .from(inquiries)
    .where(and(pair, inArray(inquiries.stage, [...openStages])))
    .for("update");
  if (closed.length === 0) return refreshInquiryFacts(tx, cancelledIn);
  await tx
    .update(inquiries)
    .set({ stage: "closed", closedReason: "contact_ended" })
    .where(
      inArray(
        inquiries.id,
        closed.map((r) => r.id),
      ),
    );
  await tx.insert(inquiryEvents).values(closed.map((r) => ({ inquiryId: r.id, actorId, type: "contact_ended", data: { from: r.stage, to: "closed" } })));
  await refreshInquiryFacts(tx, [...cancelledIn, ...closed.map((r) => r.id)]);
}

/** Calls off the pair's meetings still ahead; returns the inquiries whose accepted meeting it cancelled. */
async function cancelUpcomingMeetings(tx: Executor, actorId: string, pair: SQL | undefined): Promise<string[]> {
  const upcoming = await tx
    .select({ id: meetings.id, inquiryId: meetings.inquiryId, status: meetings.status, acceptedSlot: meetings.acceptedSlot })
    .from(meetings)
    .innerJoin(inquiries, eq(inquiries.id, meetings.inquiryId))
    .where(
      and(
        pair,
        or(
          and(eq(meetings.status, "proposed"), sql`exists (select 1 from unnest(${meetings.slots}) s where s > now())`),
          and(eq(meetings.status, "accepted"), gt(meetings.acceptedSlot, sql`now()`)),
        ),
      ),
    )
    .for("update", { of: meetings });
  if (upcoming.length === 0) return [];
  await tx
    .update(meetings)
    .set({ status: "cancelled" })
    .where(
      inArray(
        meetings.id,
        upcoming.map((m) => m.id),
      ),
    );
  await tx.insert(inquiryEvents).values(
    upcoming.map((m) => ({
      inquiryId: m.inquiryId,
      actorId,
      type: "meeting_cancelled" as const,
      data: { meetingId: m.id, was: m.status, ...(m.status === "accepted" && m.acceptedSlot ? { slot: m.acceptedSlot.toISOString() } : {}) },
    })),
  );
  return upcoming.filter((m) => m.status === "accepted").map((m) => m.inquiryId);
}

export async function deleteBlock(tx: Executor, blockerId: string, blockedId: string): Promise<boolean> {
  const rows = await tx
    .delete(companyBlocks)
    .where(and(eq(companyBlocks.blockerId, blockerId), eq(companyBlocks.blockedId, blockedId)))
    .returning({ blockerId: companyBlocks.blockerId });
  return rows.length > 0;
}
