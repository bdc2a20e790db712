import "server-only";
// Raw SQL helpers that behave the same on postgres.js (rows as an array) and PGlite ({ rows }).
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
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

/** write() chunks, then end(); after a failure elsewhere, abort() so the transaction can roll back. */
export type CopySink = { write(text: string): Promise<void>; end(): Promise<void>; abort(error: unknown): void };

type PostgresClient = { unsafe(query: string): { writable(): Promise<Writable> } };
type PgliteClient = { query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown> };

/**
 * Streams rows in COPY text format into `target` ("table (columns)"), many times faster than
 * INSERT for a bulk write. On postgres.js one COPY FROM STDIN takes every chunk (the connection
 * is busy until end()); PGlite copies each chunk from a blob. Reaches under Drizzle for the
 * driver's client, which Drizzle's own API does not expose.
 */
export async function copyRows(db: Executor, target: string): Promise<CopySink> {
  const client = (db as unknown as { session: { client: PostgresClient | PgliteClient } }).session.client;
  if (typeof client === "function") {
    const stream = await (client as PostgresClient).unsafe(`copy ${target} from stdin`).writable();
    let failure: unknown;
    stream.on("error", (error) => void (failure ??= error));
    return {
      async write(text) {
        if (failure) throw failure;
        if (text && !stream.write(text)) await once(stream, "drain");
      },
      async end() {
        stream.end();
        await finished(stream);
      },
      abort(error) {
        stream.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    };
  }
  const pglite = client as PgliteClient;
  return {
    async write(text) {
      if (text) await pglite.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([text]) });
    },
    async end() {},
    abort() {},
  };
}
