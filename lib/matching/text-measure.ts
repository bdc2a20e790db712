// The text overlaps the scorer needs for one pair: whole profiles (cosine), each need against each
// product and each product against the distributor's description (containment). Two ways to get
// the same sums: a merge over sorted token ids for a single pair, and a probe that marks one SME's
// tokens in a scratch array once and then reads each candidate distributor's tokens in one pass
// (the full recompute scores ~1,000 candidates per SME, so the marking pays for itself).
import type { Bag, Corpus } from "./corpus";
import type { Prepared } from "./score";

export type TextMeasures = { all: number; needBest: number; needAt: number; needProduct: number; descBest: number; descAt: number };

export function measureText(sme: Prepared, dist: Prepared, corpus: Corpus): TextMeasures {
  const m: TextMeasures = { all: corpus.cosine(sme.bag, dist.bag), needBest: 0, needAt: -1, needProduct: -1, descBest: 0, descAt: -1 };
  for (let i = 0; i < dist.needBags.length; i++) {
    for (let j = 0; j < sme.productBags.length; j++) {
      const c = corpus.containment(dist.needBags[i]!, sme.productBags[j]!);
      if (c > m.needBest) {
        m.needBest = c;
        m.needAt = i;
        m.needProduct = j;
      }
    }
  }
  for (let j = 0; j < sme.productBags.length; j++) {
    const c = corpus.containment(sme.productBags[j]!, dist.descBag);
    if (c > m.descBest) {
      m.descBest = c;
      m.descAt = j;
    }
  }
  return m;
}

const MAX_PRODUCTS = 30;
const IN_BAG = 1 << 30;

const containment = (dot: number, a: Bag, b: Bag) => (a.norm === 0 || b.norm === 0 ? 0 : Math.min(1, dot / Math.min(a.norm, b.norm) ** 2));

/** measureText for one SME against many distributors; call release() before the next SME. */
export class SmeProbe {
  private readonly w: Float64Array;
  private readonly productDots: Float64Array;
  readonly usable: boolean;

  constructor(
    private readonly sme: Prepared,
    private readonly corpus: Corpus,
    private readonly marks: Int32Array,
  ) {
    this.w = corpus.squares();
    this.productDots = new Float64Array(sme.productBags.length);
    this.usable = sme.productBags.length <= MAX_PRODUCTS && marks.length >= corpus.vocabulary;
    if (!this.usable) return;
    for (const id of sme.bag.ids) marks[id] = IN_BAG;
    sme.productBags.forEach((bag, j) => {
      for (const id of bag.ids) marks[id]! |= 1 << j;
    });
  }

  release(): void {
    if (this.usable) for (const id of this.sme.bag.ids) this.marks[id] = 0;
  }

  // Reused by every measure() call: the caller reads it before the next call.
  private readonly m: TextMeasures = { all: 0, needBest: 0, needAt: -1, needProduct: -1, descBest: 0, descAt: -1 };

  private spread(bag: Bag): void {
    const { w, marks } = this;
    const dots = this.productDots;
    const n = dots.length;
    dots.fill(0);
    const ids = bag.ids;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const bits = marks[id]! & ~IN_BAG;
      if (bits === 0) continue;
      for (let j = 0; j < n; j++) if (bits & (1 << j)) dots[j]! += w[id]!;
    }
  }

  measure(dist: Prepared): TextMeasures {
    if (!this.usable) return measureText(this.sme, dist, this.corpus);
    const { w, marks, sme, m } = this;
    let dot = 0;
    const ids = dist.bag.ids;
    for (let k = 0; k < ids.length; k++) if (marks[ids[k]!]) dot += w[ids[k]!]!;
    m.all = sme.bag.norm === 0 || dist.bag.norm === 0 ? 0 : Math.min(1, dot / (sme.bag.norm * dist.bag.norm));
    m.needBest = 0;
    m.needAt = -1;
    m.needProduct = -1;
    m.descBest = 0;
    m.descAt = -1;
    const n = sme.productBags.length;
    const dots = this.productDots;
    for (let i = 0; i < dist.needBags.length; i++) {
      this.spread(dist.needBags[i]!);
      for (let j = 0; j < n; j++) {
        const c = containment(dots[j]!, dist.needBags[i]!, sme.productBags[j]!);
        if (c > m.needBest) {
          m.needBest = c;
          m.needAt = i;
          m.needProduct = j;
        }
      }
    }
    if (dist.descBag.ids.length > 0) {
      this.spread(dist.descBag);
      for (let j = 0; j < n; j++) {
        const c = containment(dots[j]!, sme.productBags[j]!, dist.descBag);
        if (c > m.descBest) {
          m.descBest = c;
          m.descAt = j;
        }
      }
    }
    return m;
  }
}
