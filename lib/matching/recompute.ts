import "server-only";
// Writes the matches table: a full recompute (every visible pair worth keeping) and the
// incremental update of one company, which touches only rows involving that company.
import { sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import type { Features, ScoredPair } from "./types";
import { inChunks, rowsOf } from "./db-rows";
import { buildFeatures } from "./features";
import { inferCodes } from "./infer";
import { loadRawProfiles } from "./load";
import { profileCacheFor, type ProfileCache } from "./profile-cache";
import { KEEP_PER_COMPANY, buildCorpus, rankBatches, scoreAgainst } from "./rank";
import { loadReplyRates } from "./responsiveness";

const CHUNK = 5000;

// Reasons are stored as sent to the renderer; rounding the score keeps rows and output stable.
const rowJson = (p: ScoredPair) => ({ s: p.smeId, d: p.distributorId, c: p.score, r: p.reasons });

async function insertPairs(db: Executor, pairs: readonly ScoredPair[]): Promise<void> {
  await inChunks(db, pairs.map(rowJson), CHUNK, (json) =>
    sql`insert into matches (sme_id, distributor_id, score, reasons, computed_at)
        select (x->>'s')::uuid, (x->>'d')::uuid, (x->>'c')::real, x->'r', now() from jsonb_array_elements(${json}) x`,
  );
}

/**
 * Upserts profiles (each write takes a new revision from the column's sequence) and returns each
 * one's revision. `cutoffs` (full recompute only) sets top_cutoff; an incremental write keeps it.
 */
async function writeProfiles(db: Executor, features: readonly Features[], cutoffs?: Map<string, number | null>): Promise<Map<string, number>> {
  const revs = new Map<string, number>();
  for (let i = 0; i < features.length; i += 2000) {
    const chunk = features.slice(i, i + 2000).map((f) => ({ id: f.id, kind: f.kind, f, c: cutoffs?.get(f.id) ?? null }));
    const rows = await rowsOf<{ id: string; rev: string | number }>(
      db,
      sql`insert into match_profiles (company_id, kind, features, top_cutoff, computed_at)
          select (x->>'id')::uuid, (x->>'kind')::company_kind, x->'f', (x->>'c')::real, now() from jsonb_array_elements(${JSON.stringify(chunk)}::jsonb) x
          on conflict (company_id) do update set kind = excluded.kind, features = excluded.features, computed_at = excluded.computed_at,
            rev = nextval(pg_get_serial_sequence('match_profiles', 'rev'))
          returning company_id as id, rev`,
    );
    for (const row of rows) revs.set(row.id, Number(row.rev));
  }
  return revs;
}

async function featuresFor(db: Executor, ids?: readonly string[]): Promise<Features[]> {
  const raws = await loadRawProfiles(db, ids);
  const rates = await loadReplyRates(db, raws.map((r) => r.id));
  return raws.map((raw) => buildFeatures(raw, inferCodes, rates.get(raw.id) ?? null));
}

/** ms is wall time; cpuMs this process's CPU time (the database server's is not included). */
export type RecomputeResult = { companies: number; pairs: number; ms: number; cpuMs: number; phases: Record<string, number> };

/** Rescores every visible pair and replaces the matches table in one transaction. */
export async function recomputeAll(): Promise<RecomputeResult> {
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
  const raws = await loadRawProfiles(db);
  const rates = await loadReplyRates(db, raws.map((r) => r.id));
  mark("load");
  const features = raws.map((raw) => buildFeatures(raw, inferCodes, rates.get(raw.id) ?? null));
  const corpus = buildCorpus(features);
  mark("features");
  let pairs = 0;
  const cutoffs = new Map<string, number | null>();
  const revs = await db.transaction(async (tx) => {
    await tx.execute(sql`delete from matches`);
    // Each batch is sent without waiting: the database stores one batch while this process scores
    // the next, which on two cores hides most of the write time.
    let failure: unknown;
    const pending: Promise<void>[] = [];
    const batches = rankBatches(
      features.filter((f) => f.kind === "sme"),
      features.filter((f) => f.kind === "distributor"),
      corpus,
      { onCutoff: (id, cutoff) => cutoffs.set(id, cutoff) },
    );
    for (const batch of batches) {
      pairs += batch.length;
      pending.push(insertPairs(tx, batch).catch((error: unknown) => void (failure ??= error)));
      if (failure) throw failure;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(pending);
    if (failure) throw failure;
    mark("score+write matches");
    await tx.execute(sql`delete from match_profiles`);
    const written = await writeProfiles(tx, features, cutoffs);
    // Everything queued before this run is covered by it.
    await tx.execute(sql`delete from match_queue where queued_at <= ${startedAt.toISOString()}::timestamptz`);
    mark("write profiles");
    return written;
  });
  mark("commit");
  // The table was replaced wholesale: fresh statistics keep the Matches page on its indexes.
  await db.execute(sql`analyze matches`);
  await db.execute(sql`analyze match_profiles`);
  const cache = profileCacheFor(db);
  cache.clear();
  for (const f of features) cache.put(f, revs.get(f.id)!, cutoffs.get(f.id) ?? null);
  mark("analyze+cache");
  const used = process.cpuUsage(cpu);
  return { companies: features.length, pairs, ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), phases };
}

/**
 * Rescores one company against the whole other side and replaces only the rows involving it.
 * Kept: its own top 50, plus any pair that enters the partner's top 50. A company no longer
 * visible (suspended, pending, deleted) loses its rows and profile. Other pairs are untouched,
 * even though this company's text shifts corpus IDF slightly: they catch up on the next full run.
 */
export async function recomputeCompany(companyId: string, executor?: Executor): Promise<{ pairs: number }> {
  const root = await getDb();
  const db = executor ?? root;
  const cache = profileCacheFor(root);
  const [features] = await featuresFor(db, [companyId]);
  if (!features) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`delete from matches where sme_id = ${companyId} or distributor_id = ${companyId}`);
      await tx.execute(sql`delete from match_profiles where company_id = ${companyId}`);
    });
    cache.remove(companyId);
    return { pairs: 0 };
  }
  await cache.sync(db);
  const revs = await writeProfiles(db, [features]);
  cache.put(features, revs.get(features.id)!, cache.cutoff(features.id));
  const isSme = features.kind === "sme";
  const scored = scoreAgainst(features, cache.side(isSme ? "distributor" : "sme"), cache.corpus, {
    index: isSme ? cache.distributorIndex() : undefined,
  });
  const kept = keepWorthStoring(cache, features, scored);
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from matches where sme_id = ${companyId} or distributor_id = ${companyId}`);
    await insertPairs(tx, kept);
  });
  return { pairs: kept.length };
}

/**
 * The company's own top 50, and beyond it only the pairs that beat the partner's own top-list
 * cutoff from the last full recompute (so the partner's list gains what it should, at no query).
 */
function keepWorthStoring(cache: ProfileCache, company: Features, scored: ScoredPair[]): ScoredPair[] {
  const own = scored.slice(0, KEEP_PER_COMPANY);
  const partnerOf = (p: ScoredPair) => (company.kind === "sme" ? p.distributorId : p.smeId);
  const rest = scored.slice(KEEP_PER_COMPANY).filter((p) => p.score > (cache.cutoff(partnerOf(p)) ?? -1));
  return [...own, ...rest];
}
