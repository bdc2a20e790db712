/**
 * Migrates once per run. On PGlite the migrated data folder is dumped to a file that every test
 * file loads (about 1 s) instead of initialising and migrating its own (about 5 s). Against
 * TEST_DATABASE_URL the schema is dropped first, so every run starts empty.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPostgres, wrapPglite } from "../../db/client";

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await sql.unsafe("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; CREATE SCHEMA public;");
    await sql.end();
    const handle = openPostgres(url, { max: 1 });
    await handle.migrate();
    await handle.close();
    return;
  }
  const client = await PGlite.create({ extensions: { pg_trgm } });
  const handle = wrapPglite(client);
  await handle.migrate();
  const dump = await client.dumpDataDir("none");
  await client.close();
  const dir = mkdtempSync(path.join(os.tmpdir(), "kakehashi-test-"));
  const file = path.join(dir, "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteSnapshot", file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}
