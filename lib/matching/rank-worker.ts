// One thread of the parallel full recompute (rank-parallel.ts): ranks its share of the SMEs and
// sends their pairs as COPY lines, hands over its partial distributor top lists, and once the
// main thread has merged them, ranks the pairs that only made a distributor's list.
import { parentPort, workerData } from "node:worker_threads";
import { encodePairs } from "./pair-rows";
import { Ranker, buildCorpus, type TopEntries } from "./rank";
import type { Features } from "./types";

export type RankWorkerInput = {
  features: Features[];
  share: number;
  shares: number;
  /** Batches sent and not yet taken by the main thread (shared); this thread waits while it exceeds maxPending. */
  pending: Int32Array;
  maxPending: number;
  keep?: number;
  minScore?: number;
  batchSize?: number;
};
export type RankWorkerMessage =
  { type: "rows"; text: string; count: number } | { type: "tops"; tops: TopEntries[]; smeCutoffs: [string, number | null][] } | { type: "done" };

const port = parentPort!;
const { features, share, shares, pending, maxPending, ...options } = workerData as RankWorkerInput;
const send = (message: RankWorkerMessage) => port.postMessage(message);

/** Sends a batch of pairs once the main thread has room for it: memory stays bounded when the database writes slower than this scores. */
function sendRows(text: string, count: number) {
  for (;;) {
    const now = Atomics.load(pending, 0);
    if (now < maxPending) break;
    Atomics.wait(pending, 0, now, 1000);
  }
  Atomics.add(pending, 0, 1);
  send({ type: "rows", text, count });
}
const mine = (smeIndex: number) => smeIndex % shares === share;

// The corpus is built from every profile in the main thread's order, so token ids, and with them
// every floating-point sum, are the same as in a single-threaded run.
const corpus = buildCorpus(features);
const smeCutoffs: [string, number | null][] = [];
const ranker = new Ranker(
  features.filter((f) => f.kind === "sme"),
  features.filter((f) => f.kind === "distributor"),
  corpus,
  { ...options, onCutoff: (id, cutoff) => smeCutoffs.push([id, cutoff]) },
);

port.once("message", (merged: TopEntries[]) => {
  for (const batch of ranker.rankExtras(merged, mine)) sendRows(encodePairs(batch), batch.length);
  send({ type: "done" });
});
for (const batch of ranker.rankSmes(mine)) sendRows(encodePairs(batch), batch.length);
send({ type: "tops", tops: ranker.distributorTops(), smeCutoffs });
