/**
 * Two app instances starting at once on one new database both migrate it: on PostgreSQL the
 * advisory lock in db/client.ts makes the second wait for the first and then find nothing to do;
 * on PGlite (one process) the two calls take turns. Either way both succeed with one schema.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres } from "@/db/client";

const journal = JSON.parse(readFileSync(path.resolve(__dirname, "../../db/migrations/meta/_journal.json"), "utf8")) as { entries: unknown[] };

type Count = { n: number };

/** A fresh database beside TEST_DATABASE_URL's (kk_health → kk_health_migrate), dropped afterwards. */
async function withFreshPostgres(url: string, run: (freshUrl: string) => Promise<void>): Promise<void> {
  const fresh = new URL(url);
  const name = `${fresh.pathname.slice(1)}_migrate`;
  fresh.pathname = `/${name}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    await run(fresh.toString());
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function expectOneSchema(raw: (query: string) => Promise<Count[]>) {
  const [applied] = await raw("select count(*)::int as n from drizzle.__drizzle_migrations");
  const [distinct] = await raw("select count(distinct hash)::int as n from drizzle.__drizzle_migrations");
  const [userTables] = await raw("select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'users'");
  expect([applied?.n, distinct?.n, userTables?.n]).toEqual([journal.entries.length, journal.entries.length, 1]);
}

describe("migrations started by two instances at once", () => {
  it("both succeed and apply every migration once", async () => {
    const url = process.env.TEST_DATABASE_URL;
    if (url) {
      await withFreshPostgres(url, async (freshUrl) => {
        const [first, second] = [openPostgres(freshUrl, { max: 2 }), openPostgres(freshUrl, { max: 2 })];
        const reader = postgres(freshUrl, { max: 1, onnotice: () => {} });
        try {
          const outcomes = await Promise.allSettled([first.migrate(), second.migrate()]);
          expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
          await expectOneSchema((query) => reader.unsafe<Count[]>(query));
        } finally {
          await Promise.all([first.close(), second.close(), reader.end()]);
        }
      });
    } else {
      const handle = await openPglite(undefined);
      try {
        const outcomes = await Promise.allSettled([handle.migrate(), handle.migrate()]);
        expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
        await expectOneSchema(async (query) => ((await handle.db.execute(sql.raw(query))) as unknown as { rows: Count[] }).rows);
      } finally {
        await handle.close();
      }
    }
  });
});
