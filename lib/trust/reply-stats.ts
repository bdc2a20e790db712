import "server-only";
// The stored reply figures of every company (company_reply_stats): rewritten by the trust job,
// read in one query for a whole list of cards.
import { inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companyReplyStats } from "@/db/schema";
import { DISTRIBUTOR_ZONE, SME_ZONE } from "@/lib/inquiries/zones";
import { rowsOf } from "@/lib/matching/db-rows";
import { enqueueMatch } from "@/lib/matching/queue";
import { replyFigures, WINDOW_DAYS, type Received, type ReplyFigures } from "./reply-figures";

/** Every first message received in the window, by the receiving company (the side that did not open it). */
async function receivedSince(db: Executor, now: Date): Promise<Map<string, Received[]>> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const rows = await rowsOf<{ receiver: string; side: "sme" | "distributor"; created_at: string | Date; first_reply_at: string | Date | null }>(
    db,
    sql`select case when i.opened_by_company_id = i.distributor_id then i.sme_id else i.distributor_id end as receiver,
          case when i.opened_by_company_id = i.distributor_id then 'sme' else 'distributor' end as side,
          i.created_at, i.first_reply_at
        from inquiries i
        where i.created_at >= ${since.toISOString()}::timestamptz and i.created_at <= ${now.toISOString()}::timestamptz`,
  );
  const byCompany = new Map<string, Received[]>();
  for (const row of rows) {
    const list = byCompany.get(row.receiver) ?? [];
    list.push({
      openedAt: new Date(row.created_at),
      firstReplyAt: row.first_reply_at ? new Date(row.first_reply_at) : null,
      zone: row.side === "sme" ? SME_ZONE : DISTRIBUTOR_ZONE,
    });
    byCompany.set(row.receiver, list);
  }
  return byCompany;
}

// A rate that moves less than this does not rescore the company's matches until its next change.
const RESCORE_STEP = 0.05;

const rescored = (before: number | null, after: number | null) =>
  (before === null) !== (after === null) || (before !== null && after !== null && Math.abs(before - after) >= RESCORE_STEP);

/**
 * Recomputes every company's figures as of `now` in one transaction: the window slides, so a
 * company that received nothing lately loses its row. A company whose rate appears, goes or moves
 * is queued for rescoring, so that the matching engine's responsiveness signal follows it.
 * Returns how many companies have figures.
 */
export async function refreshReplyStats(now = new Date(), executor?: Executor): Promise<number> {
  const db = executor ?? (await getDb());
  const received = await receivedSince(db, now);
  const rows = [...received].map(([companyId, list]) => ({ c: companyId, ...replyFigures(list, now) }));
  await db.transaction(async (tx) => {
    const before = new Map(
      (await rowsOf<{ company_id: string; rate: number | string | null }>(tx, sql`select company_id, rate from company_reply_stats`)).map((r) => [
        r.company_id,
        r.rate === null ? null : Number(r.rate),
      ]),
    );
    await tx.execute(sql`delete from company_reply_stats`);
    for (let i = 0; i < rows.length; i += 2000) {
      const json = JSON.stringify(rows.slice(i, i + 2000));
      await tx.execute(sql`insert into company_reply_stats (company_id, judged, answered_in_time, rate, median_minutes, computed_at)
        select (x->>'c')::uuid, (x->>'judged')::int, (x->>'answeredInTime')::int, (x->>'rate')::real, (x->>'medianMinutes')::int, ${now.toISOString()}::timestamptz
        from jsonb_array_elements(${json}::jsonb) x
        where exists (select 1 from companies c where c.id = (x->>'c')::uuid)`);
    }
    const after = new Map(rows.map((r) => [r.c, r.rate]));
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      if (rescored(before.get(id) ?? null, after.get(id) ?? null)) await enqueueMatch(tx, id);
    }
  });
  return rows.length;
}

/** The figures of each of `companyIds` that has any, in one query (lists: search results, match cards). */
export async function replyStatsFor(companyIds: readonly string[]): Promise<Map<string, ReplyFigures>> {
  const ids = [...new Set(companyIds)];
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.select().from(companyReplyStats).where(inArray(companyReplyStats.companyId, ids));
  return new Map(rows.map((r) => [r.companyId, { judged: r.judged, answeredInTime: r.answeredInTime, rate: r.rate, medianMinutes: r.medianMinutes }]));
}
