import "server-only";
// Freshness: every change to a company's profile, catalog, channels or needs enqueues it; a worker
// in each app instance drains the queue. Rows are claimed with FOR UPDATE SKIP LOCKED so several
// instances never recompute the same company at once, and a company re-queued while it was being
// recomputed (newer queuedAt) stays queued for the next round.
import { sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { matchQueue } from "@/db/schema";
import { logError, logger, newRequestId } from "@/lib/log";
import { rowsOf } from "./db-rows";
import { recomputeCompany } from "./recompute";

/** Marks a company's matches stale; call it in the same transaction as the change. */
export async function enqueueMatch(executor: Executor, companyId: string): Promise<void> {
  await executor
    .insert(matchQueue)
    .values({ companyId })
    .onConflictDoUpdate({ target: matchQueue.companyId, set: { queuedAt: sql`now()` } });
}

/** Recomputes queued companies, a batch per transaction, until the queue is empty. Returns how many. */
export async function drainMatchQueue(options: { batch?: number; maxBatches?: number } = {}): Promise<number> {
  const db = await getDb();
  const batch = options.batch ?? 20;
  let done = 0;
  for (let round = 0; round < (options.maxBatches ?? 50); round++) {
    const claimed = await db.transaction(async (tx) => {
      const rows = await rowsOf<{ company_id: string; queued_at: string }>(
        tx,
        sql`select company_id, queued_at::text from match_queue order by queued_at limit ${batch} for update skip locked`,
      );
      for (const row of rows) {
        await recomputeCompany(row.company_id, tx);
        await tx.execute(sql`delete from match_queue where company_id = ${row.company_id} and queued_at = ${row.queued_at}::timestamptz`);
      }
      return rows.length;
    });
    done += claimed;
    if (claimed < batch) break;
  }
  return done;
}

const state = globalThis as unknown as { __kakehashiMatchWorker?: () => Promise<void> };

/**
 * Drains the queue every `intervalMs` in this process. Never throws: a failed round is logged and
 * retried on the next tick. Idempotent (a second call returns the same stopper),
 * since Next may register instrumentation more than once in development. The stopper resolves
 * once the round in progress, if any, has finished (graceful shutdown waits for it).
 */
export function startMatchWorker(options: { intervalMs?: number } = {}): () => Promise<void> {
  if (state.__kakehashiMatchWorker) return state.__kakehashiMatchWorker;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = round().finally(() => (running = undefined));
  };
  const round = async () => {
    try {
      const count = await drainMatchQueue();
      if (count > 0) logger().info({ job: "match-worker", recomputed: count }, "match queue drained");
    } catch (error) {
      logError(newRequestId(), error, { job: "match-worker" });
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? 5000);
  timer.unref?.();
  const stop = async () => {
    clearInterval(timer);
    state.__kakehashiMatchWorker = undefined;
    await running;
  };
  state.__kakehashiMatchWorker = stop;
  return stop;
}
