// Search results kept per (catalog version, viewer, parameters): a repeated search (the next
// visitor of a shared link, a reload, the page after a facet click and back) skips the statement
// that counts every hit. Exact, never approximate: a result is stored only under the catalog
// version read before and after computing it (equal values mean no write committed in between,
// since each commit that changes what search reads sets a value never used before: migration
// 0018), and served only while a search still reads that version. Bounded: at most
// `searchCacheEntries` results per database, the oldest used dropped first, and all of them as
// soon as the version changes.
import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { SearchViewer } from "./conditions";
import type { SearchParams } from "./params";

export const searchCacheEntries = 500;

type Cache = { version: string | null; results: Map<string, unknown> };

// One cache per database object: two databases (tests open several) never share entries.
const caches = new WeakMap<object, Cache>();

/** The catalog version this executor reads now; null when the row is missing (nothing is cached then). */
export async function catalogVersion(db: Executor): Promise<string | null> {
  const result = await db.execute(sql`select version::text as version from search_catalog_version where id = 1`);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return (rows[0] as { version?: string } | undefined)?.version ?? null;
}

export function cacheKey(viewer: SearchViewer, params: SearchParams): string {
  // The viewer's company decides what is hidden (its own rows, blocked companies); the role, which side.
  return JSON.stringify([viewer.role, viewer.companyId ?? null, Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/**
 * `compute()`'s result for `key`, reused while the catalog version stays the same. Only for a
 * database or pool, never a transaction: a transaction's own uncommitted writes do not move the
 * version, so what it reads must not be shared.
 */
export async function cachedSearch<T>(db: Executor, key: string, compute: () => Promise<T>): Promise<T> {
  const before = await catalogVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { version: before, results: new Map() }));
  if (cache.version !== before) {
    cache.results.clear();
    cache.version = before;
  }
  const hit = cache.results.get(key);
  if (hit !== undefined && before !== null) {
    // Most recently used last: a Map keeps insertion order.
    cache.results.delete(key);
    cache.results.set(key, hit);
    return hit as T;
  }
  const result = await compute();
  if (before === null || (await catalogVersion(db)) !== before || cache.version !== before) return result;
  cache.results.set(key, result);
  if (cache.results.size > searchCacheEntries) cache.results.delete(cache.results.keys().next().value!);
  return result;
}
