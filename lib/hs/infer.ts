// Suggests the HS heading of a product or sourcing need from its free texts (names, descriptions,
// keywords, in any of ja/zh/en), by the keyword tables in ./data. Pure and deterministic.
import { normalizeText } from "@/lib/text/normalize";
import { matchKeywords } from "./keyword-table";
import { hsKeywords } from "./keywords";

// Normalizing thousands of keywords (OpenCC) is the costly part: do it once, at module load.
const KEYWORDS = hsKeywords();

export interface HeadingScore {
  heading: string;
  score: number;
  /** The heaviest single keyword, so one precise word beats a pile of loose ones on a tie. */
  best: number;
  /** Where it was first named (text index, then offset): what is named first is what is sold. */
  first: number;
}

// Sums of float weights: treat differences below rounding noise as ties so order stays stable.
function cmp(a: number, b: number): number {
  return Math.abs(a - b) < 1e-9 ? 0 : a - b;
}

/** Every heading the texts point to, best first. */
export function scoreHsHeadings(texts: readonly string[]): HeadingScore[] {
  const scores = new Map<string, HeadingScore>();
  texts.forEach((raw, index) => {
    const text = normalizeText(raw);
    if (!text) return;
    for (const { keyword, at } of matchKeywords(text, KEYWORDS)) {
      const first = index * 1_000_000 + at;
      const s = scores.get(keyword.heading) ?? { heading: keyword.heading, score: 0, best: 0, first };
      s.score += keyword.weight;
      s.best = Math.max(s.best, keyword.weight);
      s.first = Math.min(s.first, first);
      scores.set(keyword.heading, s);
    }
  });
  return [...scores.values()].sort(
    (a, b) => cmp(b.score, a.score) || cmp(b.best, a.best) || a.first - b.first || a.heading.localeCompare(b.heading),
  );
}

/** The 4-digit heading the texts most likely describe, or null when no keyword matches. */
export function inferHsCode(texts: string[]): string | null {
  return scoreHsHeadings(texts)[0]?.heading ?? null;
}
