import "server-only";
// The responsiveness signal's input: each company's share of first messages answered within 2
// working days over the last 90 days, as the trust job stores it (lib/trust/reply-stats.ts). A
// company with too few first messages to judge has no rate: the scorer leaves it out rather than
// inventing one.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rowsOf } from "./db-rows";

/** Share of first messages answered in time (0..1) for each company that has one; absent = unknown. */
export async function loadReplyRates(db: Executor, companyIds: readonly string[]): Promise<Map<string, number>> {
  if (companyIds.length === 0) return new Map();
  const rows = await rowsOf<{ company_id: string; rate: number | string }>(
    db,
    sql`select s.company_id, s.rate from company_reply_stats s
        join jsonb_array_elements_text(${JSON.stringify(companyIds)}::jsonb) x(id) on s.company_id = x.id::uuid
        where s.rate is not null`,
  );
  return new Map(rows.map((r) => [r.company_id, Number(r.rate)]));
}
