import "server-only";
// Every app instance keeps the companies' matching features in memory, synced from match_profiles
// by revision: after the first load an incremental update asks one tiny question and reads only
// the profiles that changed, instead of the whole other side.
import { sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import type { CompanyKind } from "@/db/schema";
import { Corpus } from "./corpus";
import { rowsOf } from "./db-rows";
import { CandidateIndex } from "./rank";
import { prepare, type Prepared } from "./score";
import { FEATURES_FORMAT, type Features } from "./types";

type Entry = { rev: number; cutoff: number | null; features: Features; prepared?: Prepared };
type ProfileRow = { id: string; rev: string | number; cutoff: number | null; features: Features | string };

export class ProfileCache {
  private readonly entries = new Map<string, Entry>();
  readonly corpus = new Corpus();
  private maxRev = 0;
  // Sorted sides and the distributors' candidate index, rebuilt only after a change on that side
  // (IDF drift from the other side's edits is tolerated, as for prepared bags).
  private readonly versions: Record<CompanyKind, number> = { sme: 0, distributor: 0 };
  private readonly sides = new Map<CompanyKind, { version: number; list: Prepared[] }>();
  private distIndex: { version: number; index: CandidateIndex } | undefined;

  /**
   * Brings the cache in line with match_profiles: one tiny query when nothing changed, the rows
   * with a newer revision when something did, a full id check only when rows disappeared.
   */
  async sync(db: Executor): Promise<void> {
    const [head] = await rowsOf<{ n: number; rev: string | number }>(db, sql`select count(*)::int as n, coalesce(max(rev), 0) as rev from match_profiles`);
    const count = Number(head?.n ?? 0);
    const rev = Number(head?.rev ?? 0);
    if (rev === this.maxRev && count === this.entries.size) return;
    if (rev > this.maxRev) {
      const rows = await rowsOf<ProfileRow>(
        db,
        sql`select company_id as id, rev, top_cutoff as cutoff, features from match_profiles where rev > ${this.maxRev} order by rev`,
      );
      for (const row of rows) {
        const features = typeof row.features === "string" ? (JSON.parse(row.features) as Features) : row.features;
        // Written by an older engine: its shape is not this scorer's; the next full recompute rewrites it.
        if (features.format !== FEATURES_FORMAT) continue;
        this.put(features, Number(row.rev), row.cutoff === null ? null : Number(row.cutoff));
      }
    }
    if (count !== this.entries.size) {
      const live = await rowsOf<{ id: string; rev: string | number }>(db, sql`select company_id as id, rev from match_profiles`);
      const revs = new Map(live.map((r) => [r.id, Number(r.rev)]));
      for (const [id, entry] of this.entries) if (revs.get(id) !== entry.rev) this.drop(id, entry);
    }
    this.maxRev = Math.max(this.maxRev, rev);
  }

  put(features: Features, rev: number, cutoff: number | null): void {
    const old = this.entries.get(features.id);
    if (old) this.drop(features.id, old);
    this.entries.set(features.id, { rev, cutoff, features });
    this.corpus.add(features);
    this.versions[features.kind]++;
    this.maxRev = Math.max(this.maxRev, rev);
  }

  /** The company's top-list cutoff from the last full recompute (null: it had room, or unknown). */
  cutoff(id: string): number | null {
    return this.entries.get(id)?.cutoff ?? null;
  }

  remove(id: string): void {
    const old = this.entries.get(id);
    if (old) this.drop(id, old);
  }

  private drop(id: string, entry: Entry): void {
    this.entries.delete(id);
    this.corpus.remove(entry.features);
    this.versions[entry.features.kind]++;
  }

  /**
   * The prepared profiles of one side, by ref. Prepared bags are kept between calls: their IDF
   * norms drift a little as other companies change, far less than the rounding shown.
   */
  side(kind: CompanyKind): Prepared[] {
    const cached = this.sides.get(kind);
    if (cached?.version === this.versions[kind]) return cached.list;
    const list: Prepared[] = [];
    for (const entry of this.entries.values()) {
      if (entry.features.kind !== kind) continue;
      entry.prepared ??= prepare(entry.features, this.corpus);
      list.push(entry.prepared);
    }
    list.sort((a, b) => (a.f.ref < b.f.ref ? -1 : a.f.ref > b.f.ref ? 1 : 0));
    this.sides.set(kind, { version: this.versions[kind], list });
    return list;
  }

  /** The inverted index over side("distributor"), for an SME's candidates. */
  distributorIndex(): CandidateIndex {
    if (this.distIndex?.version !== this.versions.distributor) {
      this.distIndex = { version: this.versions.distributor, index: new CandidateIndex(this.side("distributor"), this.corpus) };
    }
    return this.distIndex.index;
  }

  clear(): void {
    for (const [id, entry] of this.entries) this.drop(id, entry);
    this.maxRev = 0;
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
