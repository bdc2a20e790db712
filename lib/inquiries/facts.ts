import "server-only";
/**
 * Each inquiry's facts for the chamber console (first_reply_at, met_at, samples_at; signed is the
 * stage itself), kept on the row so that every console figure is one scan of the period's
 * inquiries. Every write that can change them calls refreshInquiryFacts in its own transaction,
 * after its write: posting a message, answering or cancelling a meeting, changing the stage,
 * ending contact between two companies. The expressions are those of migration 0016's backfill.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Recomputes the facts of the inquiries `ids` ("all": every inquiry, for rows written in bulk by
 * SQL such as the benchmark's) from their messages, meetings and stage events. A recomputation
 * rather than an increment, so that a cancelled meeting or a stage going back leaves the row as if
 * it had been read afresh.
 */
export async function refreshInquiryFacts(tx: Executor, ids: readonly string[] | "all"): Promise<void> {
  if (ids.length === 0) return;
  const where: SQL =
    ids === "all"
      ? sql`true`
      : sql`i.id in (${sql.join(
          [...new Set(ids)].map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  await tx.execute(sql`update inquiries i set
    first_reply_at = (select min(m.created_at) from inquiry_messages m where m.inquiry_id = i.id
      and m.author_side = (case when i.opened_by_company_id = i.distributor_id then 'sme' else 'distributor' end)::author_side),
    met_at = (select min(mt.updated_at) from meetings mt where mt.inquiry_id = i.id and mt.status = 'accepted'),
    samples_at = least(
      (select min(e.created_at) from inquiry_events e where e.inquiry_id = i.id and e.type = 'stage_changed'
        and e.data->>'to' in ('samples_sent', 'negotiating', 'signed')),
      case when i.stage in ('samples_sent', 'negotiating', 'signed') then coalesce(i.samples_at, now()) end)
    where ${where}`);
}
