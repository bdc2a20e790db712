/**
 * The one way the app reaches its database: PostgreSQL through postgres.js when DATABASE_URL is
 * set, otherwise the embedded PGlite database persisted under .data/pglite. The app serves the
 * embedded database from a process of its own (db/embedded/server.mjs, started by
 * instrumentation.ts) and talks to it with postgres.js over a Unix socket, so that its queries do
 * not run on the web server's event loop; a command run while the app is up goes through the same
 * socket, and one run while it is down opens the data folder itself (db/embedded/lock.mjs keeps
 * it to one process at a time).
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
import { EmbeddedBusyError, acquireLock, busyMessage, readLock } from "./embedded/lock.mjs";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: what domain functions accept when they may run inside one. */
export type Executor = Database | Transaction;

export interface DbHandle {
  db: Database;
  /** pglite: in this process; embedded: PGlite served by db/embedded/server.mjs (one session, taken in turns); postgres: a PostgreSQL server. */
  kind: "pglite" | "postgres" | "embedded";
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
  // PGlite lives in this one process, so no other process migrates it at the same time; two
  // callers here (a test, a command and the app's start) take turns instead of both applying.
  let previous: Promise<unknown> = Promise.resolve();
  return {
    db,
    kind: "pglite",
    migrate: () => {
      const run = previous.then(() => migratePglite(db as never, { migrationsFolder }));
      previous = run.catch(() => undefined);
      return run;
    },
    close: () => client.close(),
  };
}

/** The advisory lock that migrations take on PostgreSQL (a name no other lock of ours uses). */
const MIGRATION_LOCK = "kakehashi:migrations";

/**
 * Applies the migrations holding a PostgreSQL session advisory lock, so that app instances started
 * at once on one database migrate one after another: the first applies what is new, the others
 * wait for it, then find nothing left (Drizzle's migrator skips what `drizzle.__drizzle_migrations`
 * records) and go on. Drizzle's migrator takes no lock of its own. The lock is held by a connection
 * of its own for the whole run, without a statement timeout so that a long migration does not cut
 * the others' wait; it is released at the end, or by the server when a crashed process's session
 * goes away.
 */
async function migrateLocked(db: Database, url: string, options: { path?: string }): Promise<void> {
  const lock = postgres(url, {
    max: 1,
    path: options.path,
    onnotice: () => {},
    connect_timeout: env("DB_CONNECT_TIMEOUT_MS") / 1000,
    connection: { statement_timeout: 0 },
  });
  try {
    await lock`select pg_advisory_lock(hashtext(${MIGRATION_LOCK}))`;
    try {
      await migratePostgres(db as never, { migrationsFolder });
    } finally {
      await lock`select pg_advisory_unlock(hashtext(${MIGRATION_LOCK}))`;
    }
  } finally {
    await lock.end({ timeout: 5 });
  }
}

/**
 * A postgres.js pool with outage limits: a connection that cannot be opened within
 * DB_CONNECT_TIMEOUT_MS fails the query (instead of postgres.js's 30 s), and the server cancels a
 * statement after DB_STATEMENT_TIMEOUT_MS. A pool whose server went away reconnects on the next
 * query (at most half a second after the last failure), so the app recovers by itself.
 */
export function openPostgres(url: string, options: { max?: number; path?: string; kind?: "postgres" | "embedded" } = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    path: options.path,
    onnotice: () => {},
    connect_timeout: env("DB_CONNECT_TIMEOUT_MS") / 1000,
    connection: { statement_timeout: env("DB_STATEMENT_TIMEOUT_MS") },
    // postgres.js waits up to 20 s between reconnection attempts after repeated failures, and
    // queries queue behind that wait: cap it so that an outage fails fast and its end is seen soon.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
  });
  const kind = options.kind ?? "postgres";
  const db = drizzlePostgres(kind === "embedded" ? preparing(client) : client, { schema }) as unknown as Database;
  return {
    db,
    kind,
    // The embedded database is PGlite in one process (its folder's lock keeps others out), so no
    // two instances migrate it at once; its single session is taken in turns, so no lock is taken.
    migrate: () => (kind === "embedded" ? migratePostgres(db as never, { migrationsFolder }) : migrateLocked(db, url, options)),
    close: () => client.end({ timeout: 5 }),
  };
}

type Sql = postgres.Sql;

/**
 * A postgres.js client on which every query with parameters runs as a named prepared statement,
 * in transactions and savepoints too. Drizzle asks postgres.js for unnamed statements (it prepares
 * only the queries given a name), and postgres.js sends one of those with parameters in two round
 * trips: Parse and Describe, then, once its answer has come back, Bind and Execute. The embedded
 * server's one session has to wait for that round trip (an unnamed statement is the session's,
 * and the next connection's would replace it), so each such query held it for as long as the web
 * server's busy event loop took to answer, and PGlite parsed and planned it anew each time. A
 * named statement is described once per connection (the session is free meanwhile: see
 * db/embedded/serve.mjs) and then runs in one round trip, without being parsed again. Queries
 * without parameters stay simple queries (COPY FROM STDIN among them).
 */
function preparing<T extends Sql>(sql: T): T {
  const wrapCallback =
    (method: "begin" | "savepoint") =>
    (...args: unknown[]) => {
      const callback = args.pop() as (inner: Sql) => unknown;
      return (sql as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args, (inner: Sql) => callback(preparing(inner)));
    };
  const overrides: Partial<Record<PropertyKey, unknown>> = {
    unsafe: (query: string, parameters?: postgres.ParameterOrJSON<never>[], queryOptions?: postgres.UnsafeQueryOptions) =>
      sql.unsafe(query, parameters, { ...queryOptions, prepare: true }),
    begin: wrapCallback("begin"),
    savepoint: wrapCallback("savepoint"),
  };
  return new Proxy(sql, {
    get: (target, key) => (key in overrides && key in target ? overrides[key] : Reflect.get(target, key)),
  });
}

/**
 * The embedded database in `dir`: through the embedded server's socket while the app serves it,
 * else opened in this process under the folder's lock (released by close()). Waits up to
 * `waitMs` for a server that is starting or stopping; throws EmbeddedBusyError, whose message
 * names the holder, while another command has the folder open.
 */
export async function openEmbedded(dir: string, { waitMs = 10_000 }: { waitMs?: number } = {}): Promise<DbHandle> {
  const until = Date.now() + waitMs;
  for (;;) {
    const holder = readLock(dir);
    if (!holder) {
      try {
        return await openPgliteLocked(dir);
      } catch (error) {
        if (error instanceof EmbeddedBusyError) continue; // taken meanwhile: look again
        throw error;
      }
    }
    if (holder.mode === "server" && holder.state === "serving" && holder.socket) return openEmbeddedServer(holder.socket);
    if (holder.mode === "direct" || Date.now() > until) throw new EmbeddedBusyError(busyMessage(dir, holder), holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A pool on the embedded server's socket. Its session is one, so a few connections are plenty. */
export function openEmbeddedServer(socket: string, options: { max?: number } = {}): DbHandle {
  return openPostgres("postgres://kakehashi@localhost/kakehashi", { path: socket, max: options.max ?? 4, kind: "embedded" });
}

async function openPgliteLocked(dir: string): Promise<DbHandle> {
  const lock = acquireLock(dir, { mode: "direct" });
  try {
    const handle = await openPglite(dir);
    return {
      ...handle,
      close: async () => {
        try {
          await handle.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Opens the database the environment names, without migrating it. */
export function openConfiguredDatabase(): Promise<DbHandle> {
  const url = env("DATABASE_URL");
  if (url) return Promise.resolve(openPostgres(url));
  return openEmbedded(path.resolve(env("PGLITE_DIR")));
}

// Cached on globalThis: Next's dev server re-evaluates modules on edits, and a second PGlite
// instance on the same data folder would corrupt it.
const store = globalThis as unknown as { __kakehashiDb?: Promise<DbHandle>; __kakehashiReadDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  store.__kakehashiDb ??= openConfiguredDatabase();
  return store.__kakehashiDb;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

/**
 * The database for reads that may lag the primary by a moment: search and the Matches page. A
 * read replica when DATABASE_READ_URL names one (its own pool), else the database itself. Writes
 * and reads that must see the user's own last write never come here.
 */
export async function getReadDb(): Promise<Database> {
  if (!store.__kakehashiReadDb) {
    const url = env("DATABASE_READ_URL");
    if (!url || !env("DATABASE_URL")) return getDb();
    store.__kakehashiReadDb = Promise.resolve(openPostgres(url));
  }
  return (await store.__kakehashiReadDb).db;
}

/** Points the app's database at another handle: tests and the `match` CLI's fresh database. */
export function setDbHandle(handle: DbHandle | undefined): void {
  store.__kakehashiDb = handle ? Promise.resolve(handle) : undefined;
}

/** Points the replica reads at another handle (tests); undefined: back to DATABASE_READ_URL or the database. */
export function setReadDbHandle(handle: DbHandle | undefined): void {
  store.__kakehashiReadDb = handle ? Promise.resolve(handle) : undefined;
}

export async function closeDb(): Promise<void> {
  const handles = [store.__kakehashiDb, store.__kakehashiReadDb];
  store.__kakehashiDb = undefined;
  store.__kakehashiReadDb = undefined;
  for (const handle of handles) if (handle) await (await handle).close();
}
