// Keyword tables (heading → words that name goods of that heading) and the matcher compiled from
// them. Pure and deterministic: the same texts always give the same matches.
import { AhoCorasick } from "@/lib/text/aho-corasick";
import { normalizeText } from "@/lib/text/normalize";

/** Heading (4 digits) → keywords in any of ja/zh/en; a leading "~" marks a generic word. */
export type KeywordTable = Record<string, readonly string[]>;

export interface CompiledKeyword {
  heading: string;
  /** The keyword after normalizeText, without its "~". */
  text: string;
  generic: boolean;
  weight: number;
  /** Latin edges need a word boundary there; CJK and kana edges match anywhere. */
  boundedStart: boolean;
  boundedEnd: boolean;
}

export interface KeywordMatch {
  keyword: CompiledKeyword;
  /** Index of the first occurrence not swallowed by a longer keyword. */
  at: number;
  /** Every occurrence that counts, as [start, end) in the normalized text. */
  spans: [start: number, end: number][];
}

const WORD_CHAR_RE = /[\p{Script=Latin}\p{N}]/u;
const HAN_RE = /\p{Script=Han}/u;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;

// A generic word only nudges: several of them together still weigh less than one real product word.
const GENERIC_WEIGHT = 0.4;

/**
 * How specific a keyword is, by its length in "information units": a Han character says about as
 * much as two kana or three Latin letters (包丁 ≈ ナイフ ≈ knife), so the three languages compete fairly.
 */
export function keywordWeight(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (HAN_RE.test(ch)) w += 1;
    else if (KANA_RE.test(ch)) w += 0.55;
    else if (WORD_CHAR_RE.test(ch)) w += 0.34;
  }
  return Math.max(w, 0.5);
}

function compileOne(heading: string, raw: string): CompiledKeyword | null {
  const generic = raw.startsWith("~");
  const text = normalizeText(generic ? raw.slice(1) : raw);
  if (!text) return null;
  const chars = Array.from(text);
  return {
    heading,
    text,
    generic,
    weight: generic ? GENERIC_WEIGHT : keywordWeight(text),
    boundedStart: WORD_CHAR_RE.test(chars[0]!),
    boundedEnd: WORD_CHAR_RE.test(chars[chars.length - 1]!),
  };
}

/** Every keyword of every table, normalized once; duplicates within a heading are dropped. */
export function compileKeywordTables(tables: readonly KeywordTable[], blockers: readonly string[] = []): CompiledKeyword[] {
  const seen = new Set<string>();
  const out: CompiledKeyword[] = [];
  const add = (heading: string, raw: string) => {
    const kw = compileOne(heading, raw);
    if (!kw) return;
    const key = `${heading}\u0000${kw.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(kw);
  };
  for (const table of tables) {
    for (const heading of Object.keys(table).sort()) for (const raw of table[heading]!) add(heading, raw);
  }
  // Blockers name nothing; they exist so that a longer word swallows a shorter keyword inside it
  // (ユニット must not count as ニット, "unit" is not knitwear).
  for (const raw of blockers) add("", raw);
  // Longest first, so a longer keyword claims its span before the shorter ones inside it.
  return out.sort((a, b) => b.text.length - a.text.length || a.heading.localeCompare(b.heading) || a.text.localeCompare(b.text));
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR_RE.test(ch);
}

/** End of a Latin match at `end`, allowing a plural ending (s, es, y → ies); -1 if no boundary. */
function latinEnd(text: string, kw: string, end: number): number {
  if (!isWordChar(text[end])) return end;
  for (const suffix of ["s", "es"]) {
    if (text.startsWith(suffix, end) && !isWordChar(text[end + suffix.length])) return end + suffix.length;
  }
  if (kw.endsWith("y") && text.startsWith("ies", end - 1) && !isWordChar(text[end + 2])) return end + 2;
  return -1;
}

/** The occurrence at [at, end) if the keyword's word boundaries hold there, as [start, end); null if not. */
function bounded(text: string, kw: CompiledKeyword, at: number, end: number): [number, number] | null {
  if (kw.boundedStart && isWordChar(text[at - 1])) return null;
  if (kw.boundedEnd) {
    end = latinEnd(text, kw.text, end);
    if (end < 0) return null;
  }
  return [at, end];
}

// One automaton per keyword list, built on first use: the lists are module-level constants.
const automata = new WeakMap<readonly CompiledKeyword[], AhoCorasick>();

function automatonOf(keywords: readonly CompiledKeyword[]): AhoCorasick {
  let automaton = automata.get(keywords);
  if (!automaton) automata.set(keywords, (automaton = new AhoCorasick(keywords.map((k) => k.text))));
  return automaton;
}

/**
 * Keywords found in the text (normalize it first), each once. An occurrence lying inside the
 * span of a longer keyword already found does not count: 冷凍牛肉 is frozen beef, not also beef.
 */
export function matchKeywords(text: string, keywords: readonly CompiledKeyword[]): KeywordMatch[] {
  // One pass finds every occurrence; they are then judged keyword by keyword in the list's order
  // (longest first), so that a longer keyword claims its span before the shorter ones inside it.
  const byKeyword = new Map<number, [number, number][]>();
  for (const { pattern, start, end } of automatonOf(keywords).search(text)) {
    const span = bounded(text, keywords[pattern]!, start, end);
    if (!span) continue;
    const list = byKeyword.get(pattern);
    if (list) list.push(span);
    else byKeyword.set(pattern, [span]);
  }
  const claimed: [start: number, end: number, heading: string][] = [];
  const matches: KeywordMatch[] = [];
  for (const index of [...byKeyword.keys()].sort((a, b) => a - b)) {
    const kw = keywords[index]!;
    const spans: [number, number][] = [];
    for (const [start, end] of byKeyword.get(index)!.sort((a, b) => a[0] - b[0])) {
      // Swallowed by a longer keyword, or the same span already counted for this heading
      // ("cookie" and "cookies" both matching "cookies").
      const swallowed = claimed.some(([s, e, h]) => s <= start && end <= e && (e - s > end - start || (h === kw.heading && s === start && e === end)));
      if (swallowed) continue;
      claimed.push([start, end, kw.heading]);
      spans.push([start, end]);
    }
    if (spans.length && kw.heading) matches.push({ keyword: kw, at: spans[0]![0], spans });
  }
  return matches;
}
