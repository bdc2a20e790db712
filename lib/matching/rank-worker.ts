// One thread of the parallel full recompute (rank-parallel.ts): ranks its share of the SMEs and
// sends their pairs as COPY lines, hands over its partial distributor top lists, and once the
// main thread has merged them, ranks the pairs that only made a distributor's list.
import { parentPort, workerData } from "node:worker_threads";
import { Corpus, type CorpusSnapshot } from "./corpus";
import { encodePairs } from "./pair-rows";
import { Ranker, type TopEntries } from "./rank";
import type { Features } from "./types";

export type RankWorkerInput = {
  /** This thread's SMEs only (the main thread's profiles are not copied whole into every thread), in ref order. */
  smes: Features[];
  /** Their indexes in the full ref-ordered list of SMEs (smeCount long). */
  smeIndexes: number[];
  smeCount: number;
  /** Every distributor, in ref order. */
  dists: Features[];
  /** The corpus the main thread built over every profile: same token ids, same sums. */
  corpus: CorpusSnapshot;
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
const input = workerData as RankWorkerInput;
const { share, shares, pending, maxPending, keep, minScore, batchSize } = input;
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

const smeCutoffs: [string, number | null][] = [];
const ranker = Ranker.forShare(input.smes, input.smeIndexes, input.smeCount, input.dists, Corpus.from(input.corpus), {
  keep,
  minScore,
  batchSize,
  onCutoff: (id, cutoff) => smeCutoffs.push([id, cutoff]),
});

port.once("message", (merged: TopEntries[]) => {
  for (const batch of ranker.rankExtras(merged, mine)) sendRows(encodePairs(batch), batch.length);
  send({ type: "done" });
});
for (const batch of ranker.rankSmes(mine)) sendRows(encodePairs(batch), batch.length);
send({ type: "tops", tops: ranker.distributorTops(), smeCutoffs });
