import "server-only";
// Every app instance keeps the visible companies' features in memory, synced from match_profiles
// by computedAt: after the first load an incremental update reads one small (id, stamp) list and
// only the profiles that changed, instead of the whole other side.
import { sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import type { CompanyKind } from "@/db/schema";
import { Corpus } from "./corpus";
import { rowsOf } from "./db-rows";
import { prepare, type Prepared } from "./score";
import type { Features } from "./types";

type Entry = { stamp: string; features: Features; prepared?: Prepared };

export class ProfileCache {
  private readonly entries = new Map<string, Entry>();
  readonly corpus = new Corpus();

  /** Brings the cache in line with match_profiles for visible companies. */
  async sync(db: Executor): Promise<void> {
    const stamps = await rowsOf<{ id: string; stamp: string }>(
      db,
      sql`select p.company_id as id, p.computed_at::text as stamp from match_profiles p
          join companies c on c.id = p.company_id
          where c.status = 'approved' and c.deleted_at is null`,
    );
    const live = new Map(stamps.map((s) => [s.id, s.stamp]));
    for (const [id, entry] of this.entries) if (live.get(id) !== entry.stamp) this.drop(id, entry);
    const missing = stamps.filter((s) => !this.entries.has(s.id)).map((s) => s.id);
    for (let i = 0; i < missing.length; i += 2000) {
      const chunk = missing.slice(i, i + 2000);
      const rows = await rowsOf<{ id: string; stamp: string; features: Features | string }>(
        db,
        sql`select company_id as id, computed_at::text as stamp, features from match_profiles
            where company_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(chunk)}::jsonb))`,
      );
      for (const row of rows) {
        const features = typeof row.features === "string" ? (JSON.parse(row.features) as Features) : row.features;
        this.put(features, row.stamp);
      }
    }
  }

  put(features: Features, stamp: string): void {
    const old = this.entries.get(features.id);
    if (old) this.drop(features.id, old);
    this.entries.set(features.id, { stamp, features });
    this.corpus.add(features);
  }

  remove(id: string): void {
    const old = this.entries.get(id);
    if (old) this.drop(id, old);
  }

  private drop(id: string, entry: Entry): void {
    this.entries.delete(id);
    this.corpus.remove(entry.features);
  }

  /**
   * The prepared profiles of one side. Prepared bags are kept between calls: their IDF norms drift
   * a little as other companies change, which moves scores by far less than the rounding shown.
   */
  side(kind: CompanyKind): Prepared[] {
    const out: Prepared[] = [];
    for (const entry of this.entries.values()) {
      if (entry.features.kind !== kind) continue;
      entry.prepared ??= prepare(entry.features, this.corpus);
      out.push(entry.prepared);
    }
    return out.sort((a, b) => (a.f.ref < b.f.ref ? -1 : a.f.ref > b.f.ref ? 1 : 0));
  }

  clear(): void {
    for (const [id, entry] of this.entries) this.drop(id, entry);
  }
}

const caches = new WeakMap<Database, ProfileCache>();

/** One cache per database handle, so tests and the match CLI's fresh database never share one. */
export function profileCacheFor(db: Database): ProfileCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ProfileCache();
    caches.set(db, cache);
  }
  return cache;
}
