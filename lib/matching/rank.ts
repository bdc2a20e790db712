// Scores every SME against the distributors that could plausibly fit it, found through inverted
// indexes (HS chapter, rare shared tokens, and sales channel for profiles without a category),
// so that 10,000 × 5,000 companies never means 50 million scored pairs. Pairs the indexes skip
// share no category, no distinctive word and no route: their relevance, and so their score, is 0.
import { Corpus } from "./corpus";
import { hsChapter } from "./hs";
import { prepare, scorePair, type Prepared } from "./score";
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

function hasCategory(f: Features): boolean {
  return f.kind === "sme" ? f.products.some((p) => p.code) : distCodes(f).length > 0;
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
  private readonly uncategorizedByChannel = new Map<string, number[]>();
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
        if (!hasCategory(d.f)) push(this.uncategorizedByChannel, type, i);
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
    for (const chapter of new Set(sme.f.products.flatMap((p) => (p.code ? [hsChapter(p.code)] : [])))) add(this.byChapter.get(chapter));
    for (const id of sme.bag.ids) if (this.corpus.documentFrequency(id) <= this.maxDf) add(this.byToken.get(id));
    const routes = hasCategory(sme.f) ? this.uncategorizedByChannel : this.byChannel;
    for (const type of sme.f.targetChannels) add(routes.get(type));
    return out;
  }
}

/** Keeps the best `size` entries by score (ties: lower index = earlier ref order). */
class TopList {
  readonly items: { other: number; score: number }[] = [];
  constructor(private readonly size: number) {}
  offer(other: number, score: number): void {
    const items = this.items;
    if (items.length === this.size) {
      const last = items[items.length - 1]!;
      if (score < last.score || (score === last.score && other > last.other)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0 && (items[i - 1]!.score < score || (items[i - 1]!.score === score && items[i - 1]!.other > other))) i--;
    items.splice(i, 0, { other, score });
  }
}

export type RankOptions = { keep?: number; minScore?: number };

/**
 * Every pair in an SME's top `keep` or a distributor's top `keep`, with score ≥ minScore, each
 * once, with its reasons. Deterministic: profiles are ordered by ref and ties broken by ref.
 */
export function rankAll(smesIn: readonly Features[], distsIn: readonly Features[], corpus: Corpus, options: RankOptions = {}): ScoredPair[] {
  const keep = options.keep ?? KEEP_PER_COMPANY;
  const minScore = options.minScore ?? MIN_SCORE;
  const byRef = (a: Features, b: Features) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
  const smes = [...smesIn].sort(byRef).map((f) => prepare(f, corpus));
  const dists = [...distsIn].sort(byRef).map((f) => prepare(f, corpus));
  const index = new CandidateIndex(dists, corpus);
  const smeTops = smes.map(() => new TopList(keep));
  const distTops = dists.map(() => new TopList(keep));
  smes.forEach((sme, s) => {
    for (const d of index.candidates(sme)) {
      const { score } = scorePair(sme, dists[d]!, corpus);
      if (score < minScore) continue;
      smeTops[s]!.offer(d, score);
      distTops[d]!.offer(s, score);
    }
  });
  const kept = new Map<number, Set<number>>();
  smeTops.forEach((top, s) => kept.set(s, new Set(top.items.map((i) => i.other))));
  distTops.forEach((top, d) => top.items.forEach((i) => kept.get(i.other)!.add(d)));
  const out: ScoredPair[] = [];
  for (const [s, set] of kept) {
    for (const d of [...set].sort((a, b) => a - b)) {
      const { score, reasons } = scorePair(smes[s]!, dists[d]!, corpus);
      out.push({ smeId: smes[s]!.f.id, distributorId: dists[d]!.f.id, score, reasons });
    }
  }
  return out;
}

/** One company against the whole other side (the incremental path), best first. */
export function scoreAgainst(company: Features, others: readonly Prepared[], corpus: Corpus, minScore = MIN_SCORE): ScoredPair[] {
  const self = prepare(company, corpus);
  const out: ScoredPair[] = [];
  if (company.kind === "sme") {
    const index = new CandidateIndex(others, corpus);
    for (const d of index.candidates(self)) {
      const { score, reasons } = scorePair(self, others[d]!, corpus);
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
  return out.sort((a, b) => b.score - a.score);
}
