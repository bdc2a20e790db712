import "server-only";
// Freshness: every change to a company's profile, catalog, channels or needs enqueues it; a worker
// in each app instance drains the queue. Rows are claimed with FOR UPDATE SKIP LOCKED so several
// instances never recompute the same company at once, and a company re-queued while it was being
// recomputed (newer queuedAt) stays queued for the next round.
import { sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { matchQueue } from "@/db/schema";
import { startJob } from "@/lib/jobs/runner";
import { logger } from "@/lib/log";
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

/**
 * Drains the queue every `intervalMs` in this process, in the job runner (lib/jobs/runner.ts):
 * never throws, a failed round is logged and retried with backoff. Idempotent (a second call
 * returns the same stopper), since Next may register instrumentation more than once in
 * development. The stopper resolves once the round in progress, if any, has finished.
 */
export function startMatchWorker(options: { intervalMs?: number } = {}): () => Promise<void> {
  return startJob({
    name: "match-queue",
    intervalMs: options.intervalMs ?? 5000,
    round: async () => {
      const count = await drainMatchQueue();
      if (count > 0) logger().info({ job: "match-queue", recomputed: count }, "match queue drained");
    },
  });
}
