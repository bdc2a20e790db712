import "server-only";
// Every visible company's best partners straight from the matches table: what the `match` CLI
// prints and what the quality benchmark scores. Reads the stored rows, so it checks the same data
// the Matches page shows.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { MatchReason } from "@/db/schema";
import { rowsOf } from "./db-rows";

export type TopEntry = { ref: string; score: number; reasons: MatchReason[] };

/** Scores as printed: 4 decimals, so ties and order are decided on what the reader sees. */
export const roundScore = (score: number) => Math.round(score * 10_000) / 10_000;

export async function topListsByRef(db: Executor, top: number): Promise<Record<string, TopEntry[]>> {
  const companies = await rowsOf<{ ref: string }>(db, sql`select ref from companies where status = 'approved' and deleted_at is null order by ref`);
  const rows = await rowsOf<{ sme: string; dist: string; score: number; reasons: MatchReason[] | string }>(
    db,
    sql`select s.ref as sme, d.ref as dist, m.score, m.reasons from matches m
        join companies s on s.id = m.sme_id join companies d on d.id = m.distributor_id
        where s.status = 'approved' and s.deleted_at is null and d.status = 'approved' and d.deleted_at is null`,
  );
  const lists: Record<string, TopEntry[]> = {};
  for (const c of companies) lists[c.ref] = [];
  for (const row of rows) {
    const reasons = typeof row.reasons === "string" ? (JSON.parse(row.reasons) as MatchReason[]) : row.reasons;
    const score = roundScore(Number(row.score));
    lists[row.sme]?.push({ ref: row.dist, score, reasons });
    lists[row.dist]?.push({ ref: row.sme, score, reasons });
  }
  for (const ref of Object.keys(lists)) {
    lists[ref] = lists[ref]!.sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)).slice(0, top);
  }
  return lists;
}
