// The full recompute's scoring split over worker threads: each ranks a share of the SMEs
// (rank-worker.ts), the main thread merges their partial distributor top lists and sends them
// back for the second pass. The pairs, scores and reasons are those of one thread (rankBatches).
import { Worker } from "node:worker_threads";
import { buildCorpus, byRef, mergeTops, type RankOptions, type TopEntries } from "./rank";
import type { RankWorkerInput, RankWorkerMessage } from "./rank-worker";
import type { Features } from "./types";

/** A batch of pairs as COPY lines (pair-rows.ts). */
export type RowBatch = { text: string; count: number };
/** Pairs as they are scored; stop() ends the work early (after a failure downstream). */
export type RowSource = { rows: AsyncIterable<RowBatch>; stop(): Promise<void> };

const workerEntry = new URL("./rank-worker-entry.mjs", import.meta.url);

/**
 * Batches the threads may have sent that the reader has not taken yet. Beyond it a thread waits
 * (rank-worker.ts): a database slower than the scoring would otherwise see the whole result, with
 * every pair's reasons (1–2 GB on 16,000 × 4,000 companies), wait in this thread's memory.
 */
export const MAX_PENDING_BATCHES = 8;

/**
 * Each thread's old-generation heap limit in MB. Under V8's default (several GB) a thread collects
 * garbage late and its memory grows with every batch it formats: the full recompute of 20,000
 * companies peaked at 1.21 GB RSS. At 15 KB a company (300 MB per thread there) it peaked at 890 MB
 * and finished (README "Through the real interfaces"); the floor keeps small runs clear of it.
 */
export function workerHeapMb(companies: number): number {
  return Math.max(256, Math.ceil((companies * 15) / 1024));
}

type Shared = Pick<RankWorkerInput, "pending" | "maxPending" | "keep" | "minScore" | "batchSize">;

/**
 * Starts the threads, each given its share of the SMEs, every distributor and the corpus (built
 * once here). Its own function so that nothing here outlives the start: the caller may drop the
 * profiles while the threads score.
 */
function startThreads(features: readonly Features[], workers: number, shared: Shared): { threads: Worker[]; distIds: string[] } {
  const dists = features.filter((f) => f.kind === "distributor").sort(byRef);
  const smes = features.filter((f) => f.kind === "sme").sort(byRef);
  const corpus = buildCorpus(features).snapshot();
  const threads = Array.from({ length: workers }, (_, share) => {
    const smeIndexes = smes.flatMap((_, s) => (s % workers === share ? [s] : []));
    const input: RankWorkerInput = {
      smes: smeIndexes.map((s) => smes[s]!),
      smeIndexes,
      smeCount: smes.length,
      dists,
      corpus,
      share,
      shares: workers,
      ...shared,
    };
    return new Worker(workerEntry, {
      workerData: input,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(features.length) },
    });
  });
  return { threads, distIds: dists.map((d) => d.id) };
}

/**
 * Starts `workers` threads at once (they score while the caller prepares its transaction) and
 * returns their pairs as they come. Every SME's and distributor's cutoff goes to onCutoff before
 * the last batch. At most `maxPending` batches wait for the reader at a time (the threads pause
 * beyond that), so memory stays bounded however slow the reader is.
 */
export function rankInWorkers(
  features: readonly Features[],
  workers: number,
  options: RankOptions & { maxPending?: number } = {},
): RowSource & { /** Batches received and not yet taken. */ waiting(): number } {
  const { onCutoff, maxPending = MAX_PENDING_BATCHES, ...rest } = options;
  // pending[0]: batches sent and not yet taken, shared with every thread (Atomics).
  const pending = new Int32Array(new SharedArrayBuffer(4));
  const queue: RowBatch[] = [];
  const partial: TopEntries[][] = [];
  const finished = new Set<number>();
  let failure: unknown;
  let started: ReturnType<typeof startThreads> = { threads: [], distIds: [] };
  try {
    started = startThreads(features, workers, { pending, maxPending, ...rest });
  } catch (error) {
    // Surfaces where a thread's failure does: the reader's loop throws it.
    failure = error;
  }
  const { threads, distIds } = started;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  threads.forEach((thread, share) => {
    thread.on("message", (message: RankWorkerMessage) => {
      if (message.type === "rows") queue.push(message);
      else if (message.type === "done") finished.add(share);
      else {
        for (const [id, cutoff] of message.smeCutoffs) onCutoff?.(id, cutoff);
        partial[share] = message.tops;
        if (partial.filter(Boolean).length === workers) {
          const { tops, cutoffs } = mergeTops(partial, rest.keep);
          distIds.forEach((id, i) => onCutoff?.(id, cutoffs[i]!));
          for (const t of threads) t.postMessage(tops);
        }
      }
      notify();
    });
    thread.on("error", (error) => {
      failure ??= error;
      notify();
    });
    thread.on("exit", (code) => {
      if (!finished.has(share)) failure ??= new Error(`A ranking worker stopped early (exit code ${code}).`);
      notify();
    });
  });
  const stop = async () => {
    // Wakes threads waiting for room so that they can be terminated.
    Atomics.store(pending, 0, -1_000_000_000);
    Atomics.notify(pending, 0);
    await Promise.all(threads.map((t) => t.terminate()));
  };
  async function* rows() {
    try {
      for (;;) {
        if (failure) throw failure;
        const next = queue.shift();
        if (next) {
          // Taken: a thread waiting for room may go on while the reader writes this batch.
          Atomics.sub(pending, 0, 1);
          Atomics.notify(pending, 0);
          yield next;
        } else if (finished.size === workers) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      await stop();
    }
  }
  return { rows: rows(), stop, waiting: () => queue.length };
}
