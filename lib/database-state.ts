/**
 * Whether this process can reach its database, as last seen by a probe every half second. While
 * it cannot, server.mjs answers page requests with the localized 503 page at once instead of
 * letting each one fail against the database, and actions say the database is unreachable. The
 * flag lives on globalThis: server.mjs reads it from outside Next's bundle.
 */
import { sql } from "drizzle-orm";
import { getDbHandle } from "@/db/client";
import { logger } from "@/lib/log";

const PROBE_DEADLINE_MS = 1000;

const state = globalThis as unknown as { __kakehashiDatabaseDown?: boolean; __kakehashiDatabaseMonitor?: () => Promise<void> };

export function databaseDown(): boolean {
  return state.__kakehashiDatabaseDown === true;
}

function mark(down: boolean, error?: unknown): void {
  if (databaseDown() === down) return;
  state.__kakehashiDatabaseDown = down;
  if (down) logger().error({ err: error }, "database unreachable: pages answer 503 until it is back");
  else logger().info("database reachable again");
}

let slowProbes = 0;

/**
 * One probe: `select 1` answered within a second. A refused or broken connection marks the
 * database down at once; a slow answer only the second time running (a cold start's first
 * connection can be slow on a busy machine). Returns whether the database answered.
 */
export async function probeDatabase(deadlineMs = PROBE_DEADLINE_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const db = (await getDbHandle()).db;
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs))),
    ]);
    slowProbes = 0;
    mark(false);
    return true;
  } catch (error) {
    if (isConnectionError(error) || ++slowProbes >= 2) mark(true, error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Probes every `intervalMs` until the returned stop() is awaited. Once per process. */
export function startDatabaseMonitor(options: { intervalMs?: number } = {}): () => Promise<void> {
  if (state.__kakehashiDatabaseMonitor) return state.__kakehashiDatabaseMonitor;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = probeDatabase().finally(() => {
      if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 500).unref();
    });
  };
  tick();
  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    state.__kakehashiDatabaseMonitor = undefined;
  };
  state.__kakehashiDatabaseMonitor = stop;
  return stop;
}

/** Errors that mean the database cannot be reached (as opposed to a bad query). */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return (
    typeof code === "string" &&
    [
      "ECONNREFUSED",
      "ECONNRESET",
      "ETIMEDOUT",
      "EHOSTUNREACH",
      "ENOTFOUND",
      "EPIPE",
      "CONNECT_TIMEOUT",
      "CONNECTION_CLOSED",
      "CONNECTION_ENDED",
      "CONNECTION_DESTROYED",
      "57P01",
      "57P02",
      "57P03",
    ].includes(code)
  );
}
