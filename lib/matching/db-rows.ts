import "server-only";
// Raw SQL helpers that behave the same on postgres.js (rows as an array) and PGlite ({ rows }).
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";

export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Runs `build(json)` once per chunk of `items`, the chunk passed as a single jsonb parameter: one
 * round trip per few thousand rows, the same statement on both engines (no array-type guessing).
 */
export async function inChunks<T>(db: Executor, items: readonly T[], size: number, build: (json: SQL) => SQL): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await db.execute(build(sql`${JSON.stringify(items.slice(i, i + size))}::jsonb`));
  }
}
