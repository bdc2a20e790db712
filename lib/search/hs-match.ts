// HS names as a search index: the ~1,300 chapters and headings we ship, tokenized once in ja, zh
// and en. A query is matched here, in memory, and rows are then found by code (hs_named), which
// keeps every search row small instead of carrying three long official names.
import { hsChapters, hsEntry, hsHeadings } from "@/lib/hs/nomenclature";
import { textTokens } from "@/lib/text/normalize";

type Named = { code: string; tokens: Set<string>; words: string[] };

let named: Named[] | undefined;
const latinWord = /^[\p{Script=Latin}\p{N}]+$/u;

function index(): Named[] {
  named ??= [...hsChapters, ...hsHeadings].map((e) => {
    const tokens = new Set([e.name.ja, e.name.zh, e.name.en].flatMap(textTokens));
    return { code: e.code, tokens, words: [...tokens].filter((t) => latinWord.test(t)) };
  });
  return named;
}

/** The named code that describes `code`: itself, or its heading or chapter when it has no name. */
export function namedCodeOf(code: string): string | undefined {
  for (const candidate of [code.slice(0, 6), code.slice(0, 4), code.slice(0, 2)]) {
    const entry = hsEntry(candidate);
    if (entry) return entry.code;
  }
  return undefined;
}

// A Latin query word of three letters or more also meets the longer words it begins ("knit" →
// "knitted"); CJK bigrams must match exactly.
function has(entry: Named, token: string): boolean {
  if (entry.tokens.has(token)) return true;
  return token.length >= 3 && latinWord.test(token) && entry.words.some((w) => w.startsWith(token));
}

/**
 * Chapters and headings whose names, in any language, hold at least half of the query's tokens:
 * "针织衫" meets 6110 "针织或钩编的套头衫…" through 针织.
 */
export function hsCodesNamedBy(queryTokens: string[]): string[] {
  if (queryTokens.length === 0) return [];
  const needed = Math.ceil(queryTokens.length / 2);
  return index()
    .filter((entry) => queryTokens.filter((t) => has(entry, t)).length >= needed)
    .map((entry) => entry.code);
}
