// Search over the nomenclature for the HS picker: a code prefix, or words of a name (or of the
// keyword tables) in any of ja/zh/en, whatever the reader's language.
import type { Locale } from "@/lib/i18n/routing";
import { locales } from "@/lib/i18n/routing";
import { normalizeText } from "@/lib/text/normalize";
import { hsChapters, hsHeadings } from "./entries";
import { hsKeywords } from "./keywords";
import type { HsEntry } from "./types";

export type HsSearchResult = { code: string; name: string };

interface Indexed {
  entry: HsEntry;
  names: string[];
}

let index: Indexed[] | undefined;

function searchIndex(): Indexed[] {
  index ??= [...hsChapters, ...hsHeadings]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((entry) => ({ entry, names: locales.map((l) => normalizeText(entry.name[l])) }));
  return index;
}

const CODE_QUERY_RE = /^[\d.\s]+$/u;
const WORD_CHAR_RE = /[\p{Script=Latin}\p{N}]/u;
const KATAKANA_RE = /[\p{Script=Katakana}ー]/u;

// Ranks, lower is better. A keyword said exactly (ニット, 针织, knit) names the goods more surely
// than the same letters met inside a longer word of a legal heading text (ユニット, knitted).
const RANK = { exact: 0, prefix: 1, keyword: 2, word: 3, keywordPrefix: 4, inside: 5, keywordInside: 6 } as const;

/** Whether the query starts a word where it was found: not glued to a Latin word or katakana run. */
function atWordStart(name: string, at: number, q: string): boolean {
  const before = name[at - 1] ?? "";
  if (WORD_CHAR_RE.test(q[0] ?? "")) return !WORD_CHAR_RE.test(before);
  if (KATAKANA_RE.test(q[0] ?? "")) return !KATAKANA_RE.test(before);
  return true;
}

function nameRank(name: string, q: string): number | undefined {
  if (name === q) return RANK.exact;
  if (name.startsWith(q)) return RANK.prefix;
  let best: number | undefined;
  for (let at = name.indexOf(q); at >= 0; at = name.indexOf(q, at + 1)) {
    const rank = atWordStart(name, at, q) ? RANK.word : RANK.inside;
    best = Math.min(rank, best ?? rank);
  }
  return best;
}

function keywordRanks(q: string): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const kw of hsKeywords()) {
    if (!kw.heading) continue;
    const rank = kw.text === q ? RANK.keyword : kw.text.startsWith(q) ? RANK.keywordPrefix : kw.text.includes(q) ? RANK.keywordInside : undefined;
    if (rank === undefined) continue;
    ranks.set(kw.heading, Math.min(rank, ranks.get(kw.heading) ?? rank));
  }
  return ranks;
}

/** Chapters and headings for a code prefix or a name fragment, names in `locale`, best first. */
export function searchHs(query: string, locale: Locale, limit = 20): HsSearchResult[] {
  const raw = query.trim();
  if (!raw || limit <= 0) return [];
  const toResult = (e: HsEntry): HsSearchResult => ({ code: e.code, name: e.name[locale] });

  if (CODE_QUERY_RE.test(raw)) {
    const digits = raw.replace(/\D/gu, "");
    if (!digits) return [];
    return searchIndex()
      .filter(({ entry }) => entry.code.startsWith(digits))
      .slice(0, limit)
      .map(({ entry }) => toResult(entry));
  }

  const q = normalizeText(raw);
  if (!q) return [];
  const byKeyword = keywordRanks(q);
  const ranked: { entry: HsEntry; rank: number }[] = [];
  for (const { entry, names } of searchIndex()) {
    let rank = byKeyword.get(entry.code);
    for (const name of names) {
      const r = nameRank(name, q);
      if (r !== undefined && (rank === undefined || r < rank)) rank = r;
    }
    if (rank !== undefined) ranked.push({ entry, rank });
  }
  // The index is in code order and sort is stable: equal ranks stay in code order.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ entry }) => toResult(entry));
}
