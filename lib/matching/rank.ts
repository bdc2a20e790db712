// Scores every SME against the distributors that could plausibly fit it, found through inverted
// indexes (HS chapter, rare shared tokens, and sales channel for profiles without a category),
// so that 10,000 × 5,000 companies never means 50 million scored pairs. Pairs the indexes skip
// share no category, no distinctive word and no route: their relevance, and so their score, is 0.
import { Corpus } from "./corpus";
import { hsChapter } from "./hs";
import { prepare, scorePair, scoreValue, type Prepared } from "./score";
import { SmeProbe } from "./text-measure";
import type { Features, ScoredPair } from "./types";

/** Pairs scoring below this are noise and are not stored. */
export const MIN_SCORE = 0.05;
/** Partners kept per company, on each side. */
export const KEEP_PER_COMPANY = 50;

export function buildCorpus(all: readonly Features[]): Corpus {
  const corpus = new Corpus();
  for (const f of all) corpus.add(f);
  return corpus;
}

function distCodes(f: Features): string[] {
  return [...f.hsCodes, ...f.describedCodes, ...f.needs.flatMap((n) => (n.code ? [n.code] : []))];
}

/** A category in codes, not only read from prose: see the route rule in score.ts. */
function hasFirmCategory(f: Features): boolean {
  return f.kind === "sme" ? f.products.some((p) => p.code) : f.hsCodes.length > 0 || f.needs.some((n) => n.code);
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class CandidateIndex {
  private readonly byChapter = new Map<string, number[]>();
  private readonly byToken = new Map<number, number[]>();
  private readonly byChannel = new Map<string, number[]>();
  private readonly unfirmByChannel = new Map<string, number[]>();
  private readonly maxDf: number;

  constructor(
    readonly distributors: readonly Prepared[],
    private readonly corpus: Corpus,
  ) {
    // Words most profiles share ("china", "日本") would make everyone a candidate; the scorer still
    // sees them, the index does not.
    this.maxDf = Math.max(50, Math.floor(corpus.size * 0.02));
    distributors.forEach((d, i) => {
      for (const chapter of new Set(distCodes(d.f).map(hsChapter))) push(this.byChapter, chapter, i);
      for (const id of d.bag.ids) if (corpus.documentFrequency(id) <= this.maxDf) push(this.byToken, id, i);
      for (const type of new Set(d.f.channels.map((c) => c.type))) {
        push(this.byChannel, type, i);
        if (!hasFirmCategory(d.f)) push(this.unfirmByChannel, type, i);
      }
    });
  }

  candidates(sme: Prepared): number[] {
    const seen = new Uint8Array(this.distributors.length);
    const out: number[] = [];
    const add = (list: number[] | undefined) => {
      for (const i of list ?? []) {
        if (!seen[i]) {
          seen[i] = 1;
          out.push(i);
        }
      }
    };
    const codes = [...sme.f.products.flatMap((p) => (p.code ? [p.code] : [])), ...sme.f.describedCodes];
    for (const chapter of new Set(codes.map(hsChapter))) add(this.byChapter.get(chapter));
    for (const id of sme.bag.ids) if (this.corpus.documentFrequency(id) <= this.maxDf) add(this.byToken.get(id));
    const routes = hasFirmCategory(sme.f) ? this.unfirmByChannel : this.byChannel;
    for (const type of sme.f.targetChannels) add(routes.get(type));
    return out;
  }
}

/**
 * Keeps the best `size` entries by score, ties going to the lower index (earlier ref): a binary
 * min-heap in typed arrays whose root is the weakest kept entry, so an offer costs O(log size)
 * and allocates nothing (it runs for every candidate pair, on both sides).
 */
class TopList {
  private readonly others: Int32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(private readonly size: number) {
    this.others = new Int32Array(size);
    this.scores = new Float64Array(size);
  }

  // Entry i is weaker than entry j: lower score, or the same score and a later ref.
  private weaker(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.others[i]! > this.others[j]!);
  }

  private swap(i: number, j: number): void {
    const o = this.others[i]!;
    this.others[i] = this.others[j]!;
    this.others[j] = o;
    const s = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = s;
  }

  offer(other: number, score: number): void {
    if (this.count < this.size) {
      let i = this.count++;
      this.others[i] = other;
      this.scores[i] = score;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.weaker(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const root = this.scores[0]!;
    if (score < root || (score === root && other > this.others[0]!)) return;
    this.others[0] = other;
    this.scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.count && this.weaker(l, m)) m = l;
      if (r < this.count && this.weaker(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  /** The weakest kept score once the list is full; null while it has room. */
  cutoff(): number | null {
    return this.count === this.size ? this.scores[0]! : null;
  }

  /** The kept entries' indexes, in no particular order. */
  members(): number[] {
    return Array.from(this.others.subarray(0, this.count));
  }
}

export type RankOptions = {
  keep?: number;
  minScore?: number;
  batchSize?: number;
  /** Told each company's own top-list cutoff (its `keep`-th best score, null when it has fewer). */
  onCutoff?: (companyId: string, cutoff: number | null) => void;
};

const byRef = (a: Features, b: Features) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);

/**
 * Every pair in an SME's top `keep` or a distributor's top `keep`, with score ≥ minScore, each
 * once, with its reasons, yielded in batches so the caller can write one batch while the next is
 * scored. An SME's own top list is final as soon as its candidates are scored, so its pairs go
 * out at once; pairs that only make a distributor's top list follow at the end. Deterministic:
 * profiles are ordered by ref and ties broken by ref.
 */
export function* rankBatches(smesIn: readonly Features[], distsIn: readonly Features[], corpus: Corpus, options: RankOptions = {}): Generator<ScoredPair[]> {
  const keep = options.keep ?? KEEP_PER_COMPANY;
  const minScore = options.minScore ?? MIN_SCORE;
  const batchSize = options.batchSize ?? 5000;
  const smes = [...smesIn].sort(byRef).map((f) => prepare(f, corpus));
  const dists = [...distsIn].sort(byRef).map((f) => prepare(f, corpus));
  const index = new CandidateIndex(dists, corpus);
  const distTops = dists.map(() => new TopList(keep));
  const marks = new Int32Array(corpus.vocabulary);
  const emitted = new Set<number>();
  let batch: ScoredPair[] = [];
  const emit = (s: number, ds: number[], probe: SmeProbe) => {
    for (const d of ds.sort((a, b) => a - b)) {
      const { score, reasons } = scorePair(smes[s]!, dists[d]!, corpus, probe);
      batch.push({ smeId: smes[s]!.f.id, distributorId: dists[d]!.f.id, score, reasons });
      emitted.add(s * dists.length + d);
    }
  };
  for (let s = 0; s < smes.length; s++) {
    const sme = smes[s]!;
    const top = new TopList(keep);
    const probe = new SmeProbe(sme, corpus, marks);
    for (const d of index.candidates(sme)) {
      const score = scoreValue(sme, dists[d]!, probe);
      if (score < minScore) continue;
      top.offer(d, score);
      distTops[d]!.offer(s, score);
    }
    emit(s, top.members(), probe);
    options.onCutoff?.(sme.f.id, top.cutoff());
    probe.release();
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  const extras = new Map<number, number[]>();
  distTops.forEach((top, d) => {
    options.onCutoff?.(dists[d]!.f.id, top.cutoff());
    for (const s of top.members()) {
      if (emitted.has(s * dists.length + d)) continue;
      const list = extras.get(s);
      if (list) list.push(d);
      else extras.set(s, [d]);
    }
  });
  for (const s of [...extras.keys()].sort((a, b) => a - b)) {
    const probe = new SmeProbe(smes[s]!, corpus, marks);
    emit(s, extras.get(s)!, probe);
    probe.release();
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** rankBatches, collected. */
export function rankAll(smes: readonly Features[], dists: readonly Features[], corpus: Corpus, options: RankOptions = {}): ScoredPair[] {
  const out: ScoredPair[] = [];
  for (const batch of rankBatches(smes, dists, corpus, options)) out.push(...batch);
  return out;
}

/**
 * One company against the whole other side (the incremental path), best first. `index` is the
 * distributors' candidate index when the caller keeps one (it must be built over `others`).
 */
export function scoreAgainst(
  company: Features,
  others: readonly Prepared[],
  corpus: Corpus,
  options: { minScore?: number; index?: CandidateIndex } = {},
): ScoredPair[] {
  const minScore = options.minScore ?? MIN_SCORE;
  const self = prepare(company, corpus);
  const out: ScoredPair[] = [];
  if (company.kind === "sme") {
    const index = options.index ?? new CandidateIndex(others, corpus);
    const probe = new SmeProbe(self, corpus, new Int32Array(corpus.vocabulary));
    for (const d of index.candidates(self)) {
      const { score, reasons } = scorePair(self, others[d]!, corpus, probe);
      if (score >= minScore) out.push({ smeId: company.id, distributorId: others[d]!.f.id, score, reasons });
    }
  } else {
    // Asking "would this SME find this distributor?" keeps both directions' candidates identical.
    const index = new CandidateIndex([self], corpus);
    for (const sme of others) {
      if (index.candidates(sme).length === 0) continue;
      const { score, reasons } = scorePair(sme, self, corpus);
      if (score >= minScore) out.push({ smeId: sme.f.id, distributorId: company.id, score, reasons });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.smeId + a.distributorId < b.smeId + b.distributorId ? -1 : 1));
}
