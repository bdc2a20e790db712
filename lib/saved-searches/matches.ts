import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { Company, Localized } from "@/db/schema";

export type DigestMatch = { id: string; name: Localized; score: number };

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/**
 * The company's matches scoring at least `threshold` percent with approved partners, best first,
 * that the saved search has not told of yet (dismissed partners left out, as on the Matches page).
 */
export async function matchesAbove(db: Executor, company: Pick<Company, "id" | "kind">, threshold: number, savedSearchId: string): Promise<DigestMatch[]> {
  const mine = sql.raw(company.kind === "sme" ? "m.sme_id" : "m.distributor_id");
  const theirs = sql.raw(company.kind === "sme" ? "m.distributor_id" : "m.sme_id");
  const rows = rowsOf<{ id: string; name: Localized | string; score: number | string }>(
    await db.execute(sql`select o.id, o.name, m.score from matches m
      join companies o on o.id = ${theirs}
      left join match_feedback f on f.company_id = ${company.id} and f.other_id = o.id
      where ${mine} = ${company.id} and o.status = 'approved' and o.deleted_at is null
        and (f.state is null or f.state <> 'dismissed') and m.score * 100 >= ${threshold}
        and not exists (select 1 from saved_search_matches t where t.saved_search_id = ${savedSearchId} and t.company_id = o.id)
      order by m.score desc, o.ref asc limit 50`),
  );
  return rows.map((r) => ({ id: r.id, name: typeof r.name === "string" ? (JSON.parse(r.name) as Localized) : r.name, score: Number(r.score) }));
}
