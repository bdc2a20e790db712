/**
 * `withTestDatabase()` gives a test file its own migrated database: a PGlite loaded from the run's
 * snapshot, or the PostgreSQL server named by TEST_DATABASE_URL. Every table is emptied before
 * each test, so tests never see each other's rows.
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { openPglite, openPostgres, setDbHandle, type DbHandle } from "@/db/client";

export async function openTestDatabase(): Promise<DbHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openPostgres(url, { max: 4 });
  const snapshot = readFileSync(inject("pgliteSnapshot"));
  return openPglite(undefined, { loadDataDir: new Blob([snapshot]) });
}

export async function truncateAll(handle: DbHandle): Promise<void> {
  const rows = await handle.db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { tablename: string }[] }).rows).map((r) => `"${r.tablename}"`).join(", ");
  if (list) await handle.db.execute(sql.raw(`TRUNCATE ${list} RESTART IDENTITY CASCADE`));
}

export function withTestDatabase(): { handle: () => DbHandle } {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
    setDbHandle(handle);
  });
  beforeEach(async () => {
    await truncateAll(handle!);
  });
  afterAll(async () => {
    setDbHandle(undefined);
    await handle?.close();
  });
  return { handle: () => handle! };
}
