// The full recompute's scoring split over worker threads: each ranks a share of the SMEs
// (rank-worker.ts), the main thread merges their partial distributor top lists and sends them
// back for the second pass. The pairs, scores and reasons are those of one thread (rankBatches).
import { Worker } from "node:worker_threads";
import { byRef, mergeTops, type RankOptions, type TopEntries } from "./rank";
import type { RankWorkerInput, RankWorkerMessage } from "./rank-worker";
import type { Features } from "./types";

/** A batch of pairs as COPY lines (pair-rows.ts). */
export type RowBatch = { text: string; count: number };
/** Pairs as they are scored; stop() ends the work early (after a failure downstream). */
export type RowSource = { rows: AsyncIterable<RowBatch>; stop(): Promise<void> };

const workerEntry = new URL("./rank-worker-entry.mjs", import.meta.url);

/**
 * Starts `workers` threads at once (they score while the caller prepares its transaction) and
 * returns their pairs as they come. Every SME's and distributor's cutoff goes to onCutoff before
 * the last batch. Pairs are not held back for a slow reader: at worst the whole result (a few
 * hundred MB on 10,000 × 5,000 companies) waits in memory.
 */
export function rankInWorkers(features: readonly Features[], workers: number, options: RankOptions = {}): RowSource {
  const { onCutoff, ...rest } = options;
  const dists = features.filter((f) => f.kind === "distributor").sort(byRef);
  const queue: RowBatch[] = [];
  const partial: TopEntries[][] = [];
  const finished = new Set<number>();
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const threads = Array.from({ length: workers }, (_, share) => {
    const input: RankWorkerInput = { features: [...features], share, shares: workers, ...rest };
    return new Worker(workerEntry, { workerData: input, execArgv: [] });
  });
  threads.forEach((thread, share) => {
    thread.on("message", (message: RankWorkerMessage) => {
      if (message.type === "rows") queue.push(message);
      else if (message.type === "done") finished.add(share);
      else {
        for (const [id, cutoff] of message.smeCutoffs) onCutoff?.(id, cutoff);
        partial[share] = message.tops;
        if (partial.filter(Boolean).length === workers) {
          const { tops, cutoffs } = mergeTops(partial, rest.keep);
          dists.forEach((d, i) => onCutoff?.(d.id, cutoffs[i]!));
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
  const stop = async () => void (await Promise.all(threads.map((t) => t.terminate())));
  async function* rows() {
    try {
      for (;;) {
        if (failure) throw failure;
        const next = queue.shift();
        if (next) yield next;
        else if (finished.size === workers) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      await stop();
    }
  }
  return { rows: rows(), stop };
}
