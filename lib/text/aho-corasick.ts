// A multi-pattern matcher (Aho–Corasick): every occurrence of every pattern in one pass over the
// text, instead of one indexOf per pattern. Built once per pattern list, over UTF-16 code units,
// so the offsets it reports are the ones String.prototype.slice takes.

export type Occurrence = { pattern: number; start: number; end: number };

export class AhoCorasick {
  // Edge (node, code unit) → child node, keyed node * 65536 + unit: one Map instead of one per node.
  private readonly edges = new Map<number, number>();
  private readonly fail: Int32Array;
  /** Nearest node on the failure chain (itself included) that ends a pattern, or -1. */
  private readonly outLink: Int32Array;
  private readonly ends: (number[] | undefined)[] = [];

  constructor(private readonly patterns: readonly string[]) {
    let nodes = 1;
    patterns.forEach((p, index) => {
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const key = node * 65536 + p.charCodeAt(i);
        let next = this.edges.get(key);
        if (next === undefined) this.edges.set(key, (next = nodes++));
        node = next;
      }
      if (p.length > 0) (this.ends[node] ??= []).push(index);
    });
    this.fail = new Int32Array(nodes);
    this.outLink = new Int32Array(nodes).fill(-1);
    // Breadth-first over the trie: a node's failure link is known once its parent's is.
    const children = new Map<number, [unit: number, child: number][]>();
    for (const [key, child] of this.edges) {
      const parent = Math.floor(key / 65536);
      const list = children.get(parent);
      if (list) list.push([key % 65536, child]);
      else children.set(parent, [[key % 65536, child]]);
    }
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [unit, child] of children.get(node) ?? []) {
        if (node !== 0) {
          let f = this.fail[node]!;
          for (;;) {
            const next = this.edges.get(f * 65536 + unit);
            if (next !== undefined) {
              this.fail[child] = next;
              break;
            }
            if (f === 0) break;
            f = this.fail[f]!;
          }
        }
        this.outLink[child] = this.ends[child] ? child : this.outLink[this.fail[child]!]!;
        queue.push(child);
      }
    }
  }

  /** Every occurrence, in order of end offset (then of pattern index). */
  search(text: string): Occurrence[] {
    const out: Occurrence[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      for (;;) {
        const next = this.edges.get(node * 65536 + unit);
        if (next !== undefined) {
          node = next;
          break;
        }
        if (node === 0) break;
        node = this.fail[node]!;
      }
      for (let o = this.outLink[node]!; o > 0; o = this.outLink[this.fail[o]!]!) {
        for (const pattern of this.ends[o]!) out.push({ pattern, start: i + 1 - this.patterns[pattern]!.length, end: i + 1 });
      }
    }
    return out;
  }
}
