/**
 * The one way the app reaches its database: PostgreSQL through postgres.js when DATABASE_URL is
 * set, otherwise an embedded PGlite database persisted under .data/pglite.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { env } from "../lib/env";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: what domain functions accept when they may run inside one. */
export type Executor = Database | Transaction;

export interface DbHandle {
  db: Database;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

export async function openPglite(dataDir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<DbHandle> {
  if (dataDir && !dataDir.includes("://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir: options.loadDataDir });
  return wrapPglite(client);
}

export function wrapPglite(client: PGlite): DbHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * A postgres.js pool with outage limits: a connection that cannot be opened within
 * DB_CONNECT_TIMEOUT_MS fails the query (instead of postgres.js's 30 s), and the server cancels a
 * statement after DB_STATEMENT_TIMEOUT_MS. A pool whose server went away reconnects on the next
 * query (at most half a second after the last failure), so the app recovers by itself.
 */
export function openPostgres(url: string, options: { max?: number } = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: env("DB_CONNECT_TIMEOUT_MS") / 1000,
    connection: { statement_timeout: env("DB_STATEMENT_TIMEOUT_MS") },
    // postgres.js waits up to 20 s between reconnection attempts after repeated failures, and
    // queries queue behind that wait: cap it so that an outage fails fast and its end is seen soon.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(db as never, { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Opens the database the environment names, without migrating it. */
export function openConfiguredDatabase(): Promise<DbHandle> {
  const url = env("DATABASE_URL");
  if (url) return Promise.resolve(openPostgres(url));
  return openPglite(path.resolve(env("PGLITE_DIR")));
}

// Cached on globalThis: Next's dev server re-evaluates modules on edits, and a second PGlite
// instance on the same data folder would corrupt it.
const store = globalThis as unknown as { __kakehashiDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  store.__kakehashiDb ??= openConfiguredDatabase();
  return store.__kakehashiDb;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

/** Points the app's database at another handle: tests and the `match` CLI's fresh database. */
export function setDbHandle(handle: DbHandle | undefined): void {
  store.__kakehashiDb = handle ? Promise.resolve(handle) : undefined;
}

export async function closeDb(): Promise<void> {
  const handle = store.__kakehashiDb;
  store.__kakehashiDb = undefined;
  if (handle) await (await handle).close();
}
