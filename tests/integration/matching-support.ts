// Loads the shared sample fixture through the real validator and importer, for the matching tests.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { importExchange } from "@/lib/exchange/import";
import { parseExchange } from "@/lib/exchange/validate";
import { rowsOf } from "@/lib/matching/db-rows";

export const samplePath = path.resolve(process.cwd(), "../shared/fixtures/matching-sample.json");

export async function importSample(): Promise<Map<string, string>> {
  const parsed = parseExchange(JSON.parse(readFileSync(samplePath, "utf8")));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  await importExchange(parsed.doc);
  const rows = await rowsOf<{ id: string; ref: string }>(await getDb(), sql`select id, ref from companies`);
  return new Map(rows.map((r) => [r.ref, r.id]));
}

export type MatchRow = { sme: string; dist: string; score: number; computed: string };

export async function matchRows(): Promise<MatchRow[]> {
  return rowsOf<MatchRow>(
    await getDb(),
    sql`select s.ref as sme, d.ref as dist, m.score, m.computed_at::text as computed from matches m
        join companies s on s.id = m.sme_id join companies d on d.id = m.distributor_id order by 1, 2`,
  );
}
