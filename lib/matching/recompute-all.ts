import "server-only";
// The full recompute: rescores every visible pair and replaces the matches table in one
// transaction, scoring in worker threads on large data while the database stores what is scored.
import os from "node:os";
import { sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { copyRows, inChunks } from "./db-rows";
import { buildFeatures } from "./features";
import { inferCodes } from "./infer";
import { loadRawProfiles } from "./load";
import { encodePairs, pairColumns } from "./pair-rows";
import { profileCacheFor } from "./profile-cache";
import { buildCorpus, rankBatches, type RankOptions } from "./rank";
import { rankInWorkers, type RowBatch, type RowSource } from "./rank-parallel";
import { writeProfiles } from "./recompute";
import { loadReplyRates } from "./responsiveness";
import type { Features, RawProfile } from "./types";

/** ms is wall time; cpuMs this process's CPU time, every thread (the database server's is not included). */
export type RecomputeResult = { companies: number; pairs: number; workers: number; ms: number; cpuMs: number; phases: Record<string, number> };

// Starting a worker costs about half a second (loading the sources, copying the profiles): worth
// it from about a million SME × distributor combinations on.
const PARALLEL_FROM = 1_000_000;
const MAX_WORKERS = 4;

/** Threads to score with: none (this thread) on small data or a single core. */
export function workersFor(smes: number, distributors: number): number {
  const cores = os.availableParallelism();
  return smes * distributors >= PARALLEL_FROM && cores > 1 ? Math.min(cores, MAX_WORKERS) : 0;
}

/** rankBatches in this thread, as COPY lines; yields to I/O between batches so writes go on. */
function rankHere(features: Features[], options: RankOptions): RowSource {
  async function* rows(): AsyncGenerator<RowBatch> {
    const smes = features.filter((f) => f.kind === "sme");
    const dists = features.filter((f) => f.kind === "distributor");
    for (const batch of rankBatches(smes, dists, buildCorpus(features), options)) {
      yield { text: encodePairs(batch), count: batch.length };
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { rows: rows(), stop: async () => {} };
}

type Ranking = { features: Features[] | undefined; workers: number; source: RowSource };

/** Builds every company's features and starts scoring them, in worker threads on large data. */
function startRanking(raws: RawProfile[], rates: Map<string, number>, requested: number | undefined, cutoffs: Map<string, number | null>): Ranking {
  // Each raw profile is let go as soon as its features exist: the two never both stay whole.
  const features = raws.map((raw, i) => {
    (raws as (RawProfile | undefined)[])[i] = undefined;
    return buildFeatures(raw, inferCodes, rates.get(raw.id) ?? null);
  });
  const smeCount = features.filter((f) => f.kind === "sme").length;
  const workers = requested ?? workersFor(smeCount, features.length - smeCount);
  const options: RankOptions = { onCutoff: (id, cutoff) => cutoffs.set(id, cutoff) };
  return { features, workers, source: workers > 0 ? rankInWorkers(features, workers, options) : rankHere(features, options) };
}

/** Sets each company's top-list cutoff on the profiles written before the scoring ended. */
async function writeCutoffs(tx: Executor, cutoffs: Map<string, number | null>): Promise<void> {
  const known = [...cutoffs].filter(([, c]) => c !== null).map(([id, c]) => ({ id, c }));
  await inChunks(
    tx,
    known,
    5000,
    (json) => sql`update match_profiles m set top_cutoff = (x->>'c')::real from jsonb_array_elements(${json}) x where m.company_id = (x->>'id')::uuid`,
  );
}

/**
 * Rescores every visible pair and replaces the matches table in one transaction: readers see the
 * old matches until it commits. `workers` overrides the thread count workersFor picks (0: this
 * thread); the result is the same either way.
 */
export async function recomputeAll(options: { workers?: number; marketAccess?: boolean } = {}): Promise<RecomputeResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const db = await getDb();
  const startedAt = new Date();
  const phases: Record<string, number> = {};
  let lap = performance.now();
  const mark = (name: string) => {
    phases[name] = Math.round(performance.now() - lap);
    lap = performance.now();
  };
  // Dropped once the features are built: the raw texts of every product need not stay in memory while the pairs are written.
  let raws: RawProfile[] | undefined = await loadRawProfiles(db, undefined, { marketAccess: options.marketAccess });
  const companyCount = raws.length;
  const rates = await loadReplyRates(
    db,
    raws.map((r) => r.id),
  );
  mark("load");
  const cutoffs = new Map<string, number | null>();
  let ranking: Ranking | undefined;
  let pairs = 0;
  try {
    await db.transaction(async (tx) => {
      // One COPY streams every pair (a minute on 10,000 × 5,000): the statement timeout that keeps
      // web requests from hanging on the database must not cancel this bulk job.
      await tx.execute(sql`set local statement_timeout = 0`);
      const begin = async () => {
        await new Promise((resolve) => setImmediate(resolve)); // lets the delete go out first
        ranking = startRanking(raws!, rates, options.workers, cutoffs);
        raws = undefined;
        mark("features");
        return ranking;
      };
      // The database clears the old rows while this thread builds the features and starts the workers.
      const [, run] = await Promise.all([tx.execute(sql`delete from matches`), begin()]);
      // The profiles go in while the threads score (their cutoffs once every pair is known); then
      // the workers hold the only copy of the features this thread needs no more.
      await tx.execute(sql`delete from match_profiles`);
      await writeProfiles(tx, run.features!);
      run.features = undefined;
      mark("write profiles");
      const sink = await copyRows(tx, pairColumns);
      try {
        for await (const batch of run.source.rows) {
          await sink.write(batch.text);
          pairs += batch.count;
        }
      } catch (error) {
        sink.abort(error);
        throw error;
      }
      await sink.end();
      mark("score+write matches");
      await writeCutoffs(tx, cutoffs);
      // Everything queued before this run is covered by it.
      await tx.execute(sql`delete from match_queue where queued_at <= ${startedAt.toISOString()}::timestamptz`);
      mark("write cutoffs");
    });
    mark("commit");
    // The table was replaced wholesale: fresh statistics keep the Matches page on its indexes.
    await db.execute(sql`analyze matches`);
    await db.execute(sql`analyze match_profiles`);
    // Every profile changed: this process's cache reloads them from match_profiles on its next use.
    profileCacheFor(db).clear();
    mark("analyze+cache");
  } finally {
    await ranking?.source.stop();
  }
  const used = process.cpuUsage(cpu);
  return {
    companies: companyCount,
    pairs,
    workers: ranking?.workers ?? 0,
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    phases,
  };
}
