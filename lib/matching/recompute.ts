import "server-only";
// Writes the matches table's rows of one company (the incremental update, after every change),
// and the profile rows that both this and the full recompute (recompute-all.ts) keep.
import { sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import type { Features, ScoredPair } from "./types";
import { inChunks, rowsOf } from "./db-rows";
import { buildFeatures } from "./features";
import { inferCodes } from "./infer";
import { loadRawProfiles } from "./load";
import { profileCacheFor, type ProfileCache } from "./profile-cache";
import { KEEP_PER_COMPANY, scoreAgainst } from "./rank";
import { loadReplyRates } from "./responsiveness";

const CHUNK = 5000;

// Reasons are stored as sent to the renderer. One statement per chunk, one round trip: the
// incremental path's few hundred rows at most (the full recompute streams with COPY instead).
const rowJson = (p: ScoredPair) => ({ s: p.smeId, d: p.distributorId, c: p.score, r: p.reasons });

async function insertPairs(db: Executor, pairs: readonly ScoredPair[]): Promise<void> {
  await inChunks(
    db,
    pairs.map(rowJson),
    CHUNK,
    (json) =>
      sql`insert into matches (sme_id, distributor_id, score, reasons, computed_at)
        select (x->>'s')::uuid, (x->>'d')::uuid, (x->>'c')::real, x->'r', now() from jsonb_array_elements(${json}) x`,
  );
}

/**
 * Upserts profiles (each write takes a new revision from the column's sequence) and returns each
 * one's revision. `cutoffs` (full recompute only) sets top_cutoff; an incremental write keeps it.
 */
export async function writeProfiles(db: Executor, features: readonly Features[], cutoffs?: Map<string, number | null>): Promise<Map<string, number>> {
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
  const rates = await loadReplyRates(
    db,
    raws.map((r) => r.id),
  );
  return raws.map((raw) => buildFeatures(raw, inferCodes, rates.get(raw.id) ?? null));
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
