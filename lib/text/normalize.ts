// Text normalization shared by search, HS inference and matching, so that the same product
// written in Japanese, Simplified or Traditional Chinese, or full-width characters compares equal.
import * as OpenCC from "opencc-js";

type Convert = (s: string) => string;

let toSimplified: Convert | undefined;

// Variants that OpenCC leaves in a form a mainland reader would not write (or that it picks
// from a Japanese phrase table, like 発酵 → 酦酵): fold them into the everyday Simplified form.
const FIXUPS: Record<string, string> = {
  餠: "饼",
  甁: "瓶",
  戸: "户",
  瑯: "琅",
  酦: "发",
  衞: "卫",
  粧: "妆",
};
const FIXUP_RE = new RegExp(`[${Object.keys(FIXUPS).join("")}]`, "gu");

// Building a converter loads its dictionaries into tries, which is costly: do it once.
function simplifiedConverter(): Convert {
  if (!toSimplified) {
    const fromJapanese = OpenCC.Converter({ from: "jp", to: "cn" });
    const fromHongKong = OpenCC.Converter({ from: "hk", to: "cn" });
    const fromTaiwan = OpenCC.Converter({ from: "tw", to: "cn" });
    // Shinjitai first: its table maps Japanese-only forms (薬, 醤, 単) that the Traditional tables
    // don't know; what is left after it is Traditional, which the next two fold to Simplified.
    toSimplified = (s) => fromTaiwan(fromHongKong(fromJapanese(s))).replace(FIXUP_RE, (c) => FIXUPS[c] ?? c);
  }
  return toSimplified;
}

const HAN_RE = /\p{Script=Han}/u;

// The same texts are normalized several times over (HS inference, goods, search rows, concepts):
// remembered, each costs the converter's walk once. Bounded: short texts only, and the whole
// memo starts over when full, so it never holds more than a few megabytes.
const memo = new Map<string, string>();
const MEMO_ENTRIES = 50_000;
const MEMO_TEXT_CHARS = 500;

/** NFKC, lower case, single spaces, and every Han character in its Simplified Chinese form. */
export function normalizeText(s: string): string {
  const known = memo.get(s);
  if (known !== undefined) return known;
  let out = s.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
  // The converter walks the whole string; skip it for the many Latin-only inputs.
  if (HAN_RE.test(out)) out = simplifiedConverter()(out);
  if (s.length <= MEMO_TEXT_CHARS) {
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    memo.set(s, out);
  }
  return out;
}

// One run per script, so "醤油せんべい" yields Han bigrams and kana bigrams but no cross-script pair.
const RUN_RE = /[\p{Script=Latin}\p{N}]+|\p{Script=Han}+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+/gu;
const LATIN_RE = /^[\p{Script=Latin}\p{N}]+$/u;
const KATAKANA_RE = /^[\p{Script=Katakana}ー]+$/u;

/** Folds simple English plurals so "towels" meets "towel" and "cookies" meets "cookie". */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/u.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  // "cookie" and "cookies" → "cooky", the same stem as the "ies" rule gives.
  if (w.endsWith("ie") && w.length > 4) w = `${w.slice(0, -2)}y`;
  return w;
}

/**
 * Tokens for overlap scoring across languages. CJK text has no spaces and we carry no dictionary
 * segmenter, so Han and kana runs become overlapping character bigrams: after normalizeText the
 * Japanese 針織 and the Chinese 针织 are the same bigram, which is all an overlap score needs.
 * A one-character run is kept as itself, and a katakana run is also kept whole (ニット, タオル are
 * words on their own). Latin words and numbers are kept whole, plurals folded.
 */
export function textTokens(s: string): string[] {
  const known = tokenMemo.get(s);
  if (known) return [...known];
  const tokens = tokensOf(s);
  if (s.length <= MEMO_TEXT_CHARS) {
    if (tokenMemo.size >= MEMO_ENTRIES) tokenMemo.clear();
    tokenMemo.set(s, tokens);
    return [...tokens];
  }
  return tokens;
}

// A company's name is tokenized again for each of its products' search rows: remembered like normalizeText's.
const tokenMemo = new Map<string, readonly string[]>();

function tokensOf(s: string): string[] {
  const tokens: string[] = [];
  for (const run of normalizeText(s).match(RUN_RE) ?? []) {
    if (LATIN_RE.test(run)) {
      tokens.push(stemWord(run));
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) {
      tokens.push(run);
      continue;
    }
    if (KATAKANA_RE.test(run)) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}
