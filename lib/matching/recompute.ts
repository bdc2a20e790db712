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
import { profileCacheFor } from "./profile-cache";
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

async function writeProfiles(db: Executor, features: readonly Features[]): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  for (let i = 0; i < features.length; i += 2000) {
    const chunk = features.slice(i, i + 2000).map((f) => ({ id: f.id, kind: f.kind, f }));
    const rows = await rowsOf<{ id: string; stamp: string }>(
      db,
      sql`insert into match_profiles (company_id, kind, features, computed_at)
          select (x->>'id')::uuid, (x->>'kind')::company_kind, x->'f', clock_timestamp() from jsonb_array_elements(${JSON.stringify(chunk)}::jsonb) x
          on conflict (company_id) do update set kind = excluded.kind, features = excluded.features, computed_at = excluded.computed_at
          returning company_id as id, computed_at::text as stamp`,
    );
    for (const row of rows) stamps.set(row.id, row.stamp);
  }
  return stamps;
}

async function featuresFor(db: Executor, ids?: readonly string[]): Promise<Features[]> {
  const raws = await loadRawProfiles(db, ids);
  const rates = await loadReplyRates(db, raws.map((r) => r.id));
  return raws.map((raw) => buildFeatures(raw, inferCodes, rates.get(raw.id) ?? null));
}

export type RecomputeResult = { companies: number; pairs: number; ms: number };

/** Rescores every visible pair and replaces the matches table in one transaction. */
export async function recomputeAll(): Promise<RecomputeResult> {
  const started = performance.now();
  const db = await getDb();
  const startedAt = new Date();
  const features = await featuresFor(db);
  const corpus = buildCorpus(features);
  let pairs = 0;
  const stamps = await db.transaction(async (tx) => {
    await tx.execute(sql`delete from match_profiles`);
    const written = await writeProfiles(tx, features);
    await tx.execute(sql`delete from matches`);
    // Each batch is sent without waiting: the database stores one batch while this process scores
    // the next, which on two cores nearly hides the write time.
    let failure: unknown;
    const pending: Promise<void>[] = [];
    const batches = rankBatches(
      features.filter((f) => f.kind === "sme"),
      features.filter((f) => f.kind === "distributor"),
      corpus,
    );
    for (const batch of batches) {
      pairs += batch.length;
      pending.push(insertPairs(tx, batch).catch((error: unknown) => void (failure ??= error)));
      if (failure) throw failure;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(pending);
    if (failure) throw failure;
    // Everything queued before this run is covered by it.
    await tx.execute(sql`delete from match_queue where queued_at <= ${startedAt.toISOString()}::timestamptz`);
    return written;
  });
  const cache = profileCacheFor(db);
  cache.clear();
  for (const f of features) cache.put(f, stamps.get(f.id)!);
  return { companies: features.length, pairs, ms: Math.round(performance.now() - started) };
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
  const stamps = await writeProfiles(db, [features]);
  await cache.sync(db);
  cache.put(features, stamps.get(features.id)!);
  const scored = scoreAgainst(features, cache.side(features.kind === "sme" ? "distributor" : "sme"), cache.corpus);
  const kept = await keepWorthStoring(db, features, scored);
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from matches where sme_id = ${companyId} or distributor_id = ${companyId}`);
    await insertPairs(tx, kept);
  });
  return { pairs: kept.length };
}

/** The company's own top 50, and the rest only where they beat the partner's 50th stored score. */
async function keepWorthStoring(db: Executor, company: Features, scored: ScoredPair[]): Promise<ScoredPair[]> {
  const own = scored.slice(0, KEEP_PER_COMPANY);
  const rest = scored.slice(KEEP_PER_COMPANY);
  if (rest.length === 0) return own;
  const isSme = company.kind === "sme";
  const partnerOf = (p: ScoredPair) => (isSme ? p.distributorId : p.smeId);
  const partnerCol = sql.raw(isSme ? "distributor_id" : "sme_id");
  const selfCol = sql.raw(isSme ? "sme_id" : "distributor_id");
  const ids = JSON.stringify(rest.map(partnerOf));
  // The partner's 50th best score among its other rows, read off the (partner, score desc) index.
  const cutoffs = await rowsOf<{ id: string; score: number | null }>(
    db,
    sql`select p.id, (select m.score from matches m where m.${partnerCol} = p.id and m.${selfCol} <> ${company.id}
                      order by m.score desc offset ${KEEP_PER_COMPANY - 1} limit 1) as score
        from (select value::uuid as id from jsonb_array_elements_text(${ids}::jsonb)) p`,
  );
  const cutoff = new Map(cutoffs.map((c) => [c.id, c.score === null ? -1 : Number(c.score)]));
  return [...own, ...rest.filter((p) => p.score > (cutoff.get(partnerOf(p)) ?? -1))];
}
