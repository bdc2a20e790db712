// Token statistics over every profile being matched: token ids for fast set intersection and an
// IDF per token, so a word every company uses ("日本", "supply") counts for little and a rare one
// shared by two profiles ("抹茶", "针织") counts for a lot.
import type { Features } from "./types";

export type Bag = { ids: Int32Array; norm: number };

/** A corpus as plain data (token ids in order, document frequencies): what a worker thread is sent instead of every profile. */
export type CorpusSnapshot = { tokens: string[]; df: Int32Array; docs: number };

export class Corpus {
  private readonly ids = new Map<string, number>();
  private df: number[] = [];
  private docs = 0;
  private idfCache: Float64Array | undefined;
  private squareCache: Float64Array | undefined;

  /** The same corpus rebuilt from snapshot(): identical token ids and IDF, so identical sums. */
  static from(snapshot: CorpusSnapshot): Corpus {
    const corpus = new Corpus();
    snapshot.tokens.forEach((token, id) => corpus.ids.set(token, id));
    corpus.df = Array.from(snapshot.df);
    corpus.docs = snapshot.docs;
    return corpus;
  }

  snapshot(): CorpusSnapshot {
    return { tokens: [...this.ids.keys()], df: Int32Array.from(this.df), docs: this.docs };
  }

  /** Counts one company's distinct tokens (one document per company). */
  add(features: Features): void {
    this.idfCache = undefined;
    this.squareCache = undefined;
    this.docs += 1;
    for (const token of new Set(allTokens(features))) {
      const id = this.idOf(token);
      this.df[id] = (this.df[id] ?? 0) + 1;
    }
  }

  /** Forgets a company counted by add(), when it changes or leaves. */
  remove(features: Features): void {
    this.idfCache = undefined;
    this.squareCache = undefined;
    this.docs = Math.max(0, this.docs - 1);
    for (const token of new Set(allTokens(features))) {
      const id = this.ids.get(token);
      if (id !== undefined) this.df[id] = Math.max(0, (this.df[id] ?? 0) - 1);
    }
  }

  get vocabulary(): number {
    return this.df.length;
  }

  get size(): number {
    return this.docs;
  }

  idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(token, id);
      this.df.push(0);
    }
    return id;
  }

  documentFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Smoothed IDF; a token absent from the corpus gets the rarest weight. */
  idf(id: number): number {
    if (!this.idfCache || this.idfCache.length !== this.df.length) {
      const n = Math.max(this.docs, 1);
      this.idfCache = Float64Array.from(this.df, (d) => Math.log(1 + n / Math.max(d, 1)));
    }
    return this.idfCache[id] ?? Math.log(1 + Math.max(this.docs, 1));
  }

  bag(tokens: readonly string[]): Bag {
    const ids = Int32Array.from(new Set(tokens.map((t) => this.idOf(t)))).sort();
    let sum = 0;
    for (const id of ids) sum += this.idf(id) ** 2;
    return { ids, norm: Math.sqrt(sum) };
  }

  /** Cosine of the binary TF-IDF vectors of two bags, in [0, 1]. */
  cosine(a: Bag, b: Bag): number {
    if (a.norm === 0 || b.norm === 0) return 0;
    return Math.min(1, this.dot(a, b) / (a.norm * b.norm));
  }

  /**
   * How much of the shorter text the other one contains (IDF-weighted), in [0, 1]. Fits a short
   * need ("针织衫") against a product described at length, where the cosine is diluted by every
   * other word of the longer text.
   */
  containment(a: Bag, b: Bag): number {
    if (a.norm === 0 || b.norm === 0) return 0;
    return Math.min(1, this.dot(a, b) / Math.min(a.norm, b.norm) ** 2);
  }

  /** IDF² per token id: the weight a shared token adds to a dot product. */
  squares(): Float64Array {
    if (!this.squareCache || this.squareCache.length !== this.df.length) {
      this.idf(0);
      this.squareCache = this.idfCache!.map((v) => v * v);
    }
    return this.squareCache;
  }

  private dot(a: Bag, b: Bag): number {
    const w = this.squares();
    let i = 0;
    let j = 0;
    let dot = 0;
    const x = a.ids;
    const y = b.ids;
    while (i < x.length && j < y.length) {
      const u = x[i]!;
      const v = y[j]!;
      if (u === v) {
        dot += w[u]!;
        i++;
        j++;
      } else if (u < v) i++;
      else j++;
    }
    return dot;
  }
}

/** Every token that describes what a company makes or seeks. */
export function allTokens(f: Features): string[] {
  return [...f.tokens, ...f.products.flatMap((p) => p.tokens), ...f.needs.flatMap((n) => n.tokens)];
}
