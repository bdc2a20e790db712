import "server-only";
// Reads the rule set: the newest version of every rule.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { accessRules, type AccessRuleRow } from "@/db/schema";
import { rowsOf } from "@/lib/matching/db-rows";

/** The newest version of each rule, in code order. */
export async function currentRules(db: Executor): Promise<AccessRuleRow[]> {
  const ids = await rowsOf<{ id: string }>(db, sql`select distinct on (code) id from access_rules order by code, version desc`);
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(accessRules)
    .where(
      sql`${accessRules.id} in (${sql.join(
        ids.map((r) => sql`${r.id}::uuid`),
        sql`, `,
      )})`,
    );
  return rows.sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
}
