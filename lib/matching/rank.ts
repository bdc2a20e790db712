// Scores every SME against the distributors that could plausibly fit it, found through inverted
// indexes (the HS chapters their goods words, codes and lines touch, and rare shared tokens), so
// that 10,000 × 5,000 companies never means 50 million scored pairs. Pairs the indexes skip share
// no chapter and no distinctive word: their product fit, and so their score, is 0.
import { Corpus } from "./corpus";
import { chaptersOf, forgetSme } from "./fit";
import { channelCeiling, prepare, scorePair, scoreValue, type Prepared } from "./score";
import { SmeProbe } from "./text-measure";
import type { Features, ScoredPair } from "./types";

/** Pairs scoring below this are noise and are not stored. */
export const MIN_SCORE = 0.05;
/** Partners kept per company, on each side. */
export const KEEP_PER_COMPANY = 50;

function popcount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

export function buildCorpus(all: readonly Features[]): Corpus {
  const corpus = new Corpus();
  for (const f of all) corpus.add(f);
  return corpus;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class CandidateIndex {
  private readonly byChapter = new Map<string, number[]>();
  private readonly byToken = new Map<number, number[]>();
  private readonly maxDf: number;

  constructor(
    readonly distributors: readonly Prepared[],
    private readonly corpus: Corpus,
  ) {
    // Words most profiles share ("china", "日本") would make everyone a candidate; the scorer still
    // sees them, the index does not.
    this.maxDf = Math.max(50, Math.floor(corpus.size * 0.02));
    distributors.forEach((d, i) => {
      for (const chapter of chaptersOf(d.f)) push(this.byChapter, chapter, i);
      for (const id of d.bag.ids) if (corpus.documentFrequency(id) <= this.maxDf) push(this.byToken, id, i);
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
    for (const chapter of chaptersOf(sme.f)) add(this.byChapter.get(chapter));
    for (const id of sme.bag.ids) if (this.corpus.documentFrequency(id) <= this.maxDf) add(this.byToken.get(id));
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

  /** A score below this can no longer enter: the cutoff, or -Infinity while there is room. */
  floor(): number {
    return this.count === this.size ? this.scores[0]! : Number.NEGATIVE_INFINITY;
  }

  /** The kept entries' indexes, in no particular order. */
  members(): number[] {
    return Array.from(this.others.subarray(0, this.count));
  }

  /** The kept entries (copies), in no particular order. */
  entries(): TopEntries {
    return { others: this.others.slice(0, this.count), scores: this.scores.slice(0, this.count) };
  }
}

export type RankOptions = {
  keep?: number;
  minScore?: number;
  batchSize?: number;
  /** Told each company's own top-list cutoff (its `keep`-th best score, null when it has fewer). */
  onCutoff?: (companyId: string, cutoff: number | null) => void;
};

export const byRef = (a: Features, b: Features) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);

/** A top list as plain arrays: the other side's indexes and their scores (what a worker sends). */
export type TopEntries = { others: Int32Array; scores: Float64Array };

/**
 * The full recompute's two passes, over any share of the SMEs so that several threads can split
 * them (see rank-parallel.ts). Pass 1 scores each chosen SME against its candidates: its own top
 * list is final at once, so its pairs go out with their reasons, and every score is offered to the
 * distributor's top list too. Pass 2, once the distributors' top lists are complete (merged across
 * shares), gives the pairs that only made a distributor's list. SMEs and distributors are indexed
 * in ref order, and ties go to the lower index, so any split gives the same pairs.
 */
export class Ranker {
  /** In ref order; a ranker for one share of the SMEs (forShare) has only that share's entries. */
  readonly smes: (Prepared | undefined)[];
  readonly dists: Prepared[];
  private readonly index: CandidateIndex;
  private readonly distTops: TopList[];
  private readonly marks: Int32Array;
  /** Each SME's own top list after pass 1 (sorted distributor indexes): the pairs pass 1 emitted. */
  private readonly smeTops: (Int32Array | undefined)[];
  /**
   * Each distributor's channel types as bits (0: no channels), or undefined past 31 types: with
   * the SME's wanted types as bits, channelFit and its ceiling come without reading the profile.
   */
  private readonly channelBits = new Map<string, number>();
  private readonly distChannels: Int32Array | undefined;
  private readonly keep: number;
  private readonly minScore: number;
  private readonly batchSize: number;

  constructor(
    smes: readonly Features[],
    dists: readonly Features[],
    private readonly corpus: Corpus,
    private readonly options: RankOptions = {},
    sorted = false,
  ) {
    this.keep = options.keep ?? KEEP_PER_COMPANY;
    this.minScore = options.minScore ?? MIN_SCORE;
    this.batchSize = options.batchSize ?? 5000;
    // Sparse when sorted: a share's SMEs at their indexes in the full ref order, holes elsewhere.
    this.smes = sorted ? Array.from(smes, (f) => (f ? prepare(f, corpus) : undefined)) : [...smes].sort(byRef).map((f) => prepare(f, corpus));
    this.dists = (sorted ? dists : [...dists].sort(byRef)).map((f) => prepare(f, corpus));
    this.index = new CandidateIndex(this.dists, corpus);
    this.distTops = this.dists.map(() => new TopList(this.keep));
    this.marks = new Int32Array(corpus.vocabulary);
    this.smeTops = new Array<Int32Array | undefined>(this.smes.length);
    const masks = this.dists.map((d) => this.channelMask(d.f.channels.map((c) => c.type)));
    this.distChannels = masks.includes(-1) ? undefined : Int32Array.from(masks);
  }

  /** The types as bits, -1 when a type has no bit left or one repeats (the count would differ). */
  private channelMask(types: readonly string[]): number {
    let mask = 0;
    for (const type of types) {
      let bit = this.channelBits.get(type);
      if (bit === undefined) this.channelBits.set(type, (bit = this.channelBits.size));
      if (bit > 30) return -1;
      mask |= 1 << bit;
    }
    return mask;
  }

  /**
   * A ranker for one share of the SMEs: `smes` holds only the share's profiles, the SMEs at
   * `indexes` of the full ref-ordered list (of `smeCount`); `dists` are every distributor, in
   * ref order. Only that share is prepared, and rankSmes/rankExtras must be given the same share.
   */
  static forShare(
    smes: readonly Features[],
    indexes: readonly number[],
    smeCount: number,
    dists: readonly Features[],
    corpus: Corpus,
    options: RankOptions = {},
  ): Ranker {
    const sparse = new Array<Features>(smeCount);
    indexes.forEach((s, i) => (sparse[s] = smes[i]!));
    return new Ranker(sparse, dists, corpus, options, true);
  }

  /** Pass 1 for the SMEs `mine` accepts (by index), in batches of scored pairs with reasons. */
  *rankSmes(mine: (smeIndex: number) => boolean = () => true): Generator<ScoredPair[]> {
    const { smes, dists, distTops, distChannels } = this;
    // Each distributor's top-list floor, side by side: read for every candidate pair.
    const distFloors = new Float64Array(dists.length).fill(Number.NEGATIVE_INFINITY);
    let batch: ScoredPair[] = [];
    for (let s = 0; s < smes.length; s++) {
      if (!mine(s)) continue;
      const sme = smes[s]!;
      const top = new TopList(this.keep);
      const probe = new SmeProbe(sme, this.corpus, this.marks);
      // channelFit from bits when every wanted type has one: shared types = common bits.
      const wanted = sme.f.targetChannels.length;
      const smeMask = distChannels && wanted > 0 && this.minScore > 0 ? this.channelMask(sme.f.targetChannels) : -1;
      const exact = smeMask >= 0 && popcount(smeMask) === wanted;
      const ceilings = exact ? Array.from({ length: wanted + 1 }, (_, n) => channelCeiling(n === 0 ? 0 : 0.7 + (0.3 * n) / wanted)) : [];
      for (const d of this.index.candidates(sme)) {
        // A pair that would enter neither top list needs no exact score (see scoreValue).
        const floor = Math.min(top.floor(), distFloors[d]!);
        let channel = -1;
        if (exact && distChannels![d] !== 0) {
          const shared = popcount(smeMask & distChannels![d]!);
          if (floor > 0 && ceilings[shared]! < floor) continue;
          channel = shared === 0 ? 0 : 0.7 + (0.3 * shared) / wanted;
        }
        const score = scoreValue(sme, dists[d]!, probe, floor, channel);
        if (score < this.minScore) continue;
        top.offer(d, score);
        distTops[d]!.offer(s, score);
        distFloors[d] = distTops[d]!.floor();
      }
      const members = Int32Array.from(top.members()).sort();
      this.smeTops[s] = members;
      this.emit(batch, s, members, probe);
      this.options.onCutoff?.(sme.f.id, top.cutoff());
      probe.release();
      forgetSme(sme.f);
      if (batch.length >= this.batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** The distributors' top lists as far as this ranker has scored, by distributor index. */
  distributorTops(): TopEntries[] {
    return this.distTops.map((top) => top.entries());
  }

  /**
   * Pass 2: the pairs in `tops` (each distributor's complete top list) that pass 1 did not emit,
   * for the SMEs `mine` accepts.
   */
  *rankExtras(tops: readonly TopEntries[], mine: (smeIndex: number) => boolean = () => true): Generator<ScoredPair[]> {
    const { smes } = this;
    const extras = new Map<number, number[]>();
    tops.forEach((top, d) => {
      for (const s of top.others) {
        if (!mine(s) || this.smeTops[s]?.includes(d)) continue;
        const list = extras.get(s);
        if (list) list.push(d);
        else extras.set(s, [d]);
      }
    });
    let batch: ScoredPair[] = [];
    for (const s of [...extras.keys()].sort((a, b) => a - b)) {
      const probe = new SmeProbe(smes[s]!, this.corpus, this.marks);
      this.emit(batch, s, Int32Array.from(extras.get(s)!).sort(), probe);
      probe.release();
      forgetSme(smes[s]!.f);
      if (batch.length >= this.batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Scores and reasons of SME s with the distributors `ds` (sorted). */
  private emit(batch: ScoredPair[], s: number, ds: Int32Array, probe: SmeProbe): void {
    const { smes, dists } = this;
    for (const d of ds) {
      const { score, reasons } = scorePair(smes[s]!, dists[d]!, this.corpus, probe);
      batch.push({ smeId: smes[s]!.f.id, distributorId: dists[d]!.f.id, score, reasons });
    }
  }
}

/**
 * Each distributor's complete top list from the partial ones of several rankers (one per share
 * of the SMEs): the best `keep` of their union, which is exactly the list one ranker over every
 * SME would have kept.
 */
export function mergeTops(parts: readonly (readonly TopEntries[])[], keep = KEEP_PER_COMPANY): { tops: TopEntries[]; cutoffs: (number | null)[] } {
  const count = parts[0]?.length ?? 0;
  const tops: TopEntries[] = [];
  const cutoffs: (number | null)[] = [];
  for (let d = 0; d < count; d++) {
    const top = new TopList(keep);
    for (const part of parts) {
      const { others, scores } = part[d]!;
      for (let i = 0; i < others.length; i++) top.offer(others[i]!, scores[i]!);
    }
    tops.push(top.entries());
    cutoffs.push(top.cutoff());
  }
  return { tops, cutoffs };
}

/**
 * Every pair in an SME's top `keep` or a distributor's top `keep`, with score ≥ minScore, each
 * once, with its reasons, yielded in batches so the caller can write one batch while the next is
 * scored. Deterministic: profiles are ordered by ref and ties broken by ref.
 */
export function* rankBatches(smes: readonly Features[], dists: readonly Features[], corpus: Corpus, options: RankOptions = {}): Generator<ScoredPair[]> {
  const ranker = new Ranker(smes, dists, corpus, options);
  yield* ranker.rankSmes();
  const tops = ranker.distributorTops();
  const { cutoffs } = mergeTops([tops], options.keep);
  ranker.dists.forEach((d, i) => options.onCutoff?.(d.f.id, cutoffs[i]!));
  yield* ranker.rankExtras(tops);
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
