// Ranking quality as the exchange spec defines it for matching fixtures.

export type Judgments = Record<string, Record<string, number>>;

const gain = (g: number) => 2 ** g - 1;

/** nDCG@k of a returned list of refs against one company's graded judgments. */
export function ndcgAt(k: number, returned: readonly string[], judged: Record<string, number>): number {
  const dcg = returned.slice(0, k).reduce((sum, ref, i) => sum + gain(judged[ref] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(judged)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Relevant (g ≥ 1) among the top k, divided by min(k, number of relevant partners). */
export function precisionAt(k: number, returned: readonly string[], judged: Record<string, number>): number {
  const relevant = Object.values(judged).filter((g) => g >= 1).length;
  if (relevant === 0) return 0;
  const hits = returned.slice(0, k).filter((ref) => (judged[ref] ?? 0) >= 1).length;
  return hits / Math.min(k, relevant);
}

export type CompanyQuality = { ref: string; ndcg5: number; p3: number };

/** Per-company and mean figures over every company with at least one judged partner. */
export function evaluate(lists: Record<string, readonly string[]>, judgments: Judgments): { rows: CompanyQuality[]; ndcg5: number; p3: number } {
  const rows = Object.keys(judgments)
    .filter((ref) => Object.values(judgments[ref]!).some((g) => g >= 1))
    .sort()
    .map((ref) => ({ ref, ndcg5: ndcgAt(5, lists[ref] ?? [], judgments[ref]!), p3: precisionAt(3, lists[ref] ?? [], judgments[ref]!) }));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return { rows, ndcg5: mean(rows.map((r) => r.ndcg5)), p3: mean(rows.map((r) => r.p3)) };
}
