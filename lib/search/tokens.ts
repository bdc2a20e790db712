// Search tokens on top of textTokens: Latin word prefixes, so "knit" finds "knitted" through the
// same GIN index as whole words, and the query's tokens with their alternatives.
import { textTokens } from "@/lib/text/normalize";

/** Suffix of a stored prefix token: "knit~" is a word that begins with "knit". */
export const prefixMark = "~";
const latinLetters = /^\p{Script=Latin}+$/u;
const minPrefix = 3;
const maxQueryTokens = 12;

/** `tokens` plus the prefixes (3 letters and more) of their Latin words. */
export function withPrefixes(tokens: string[]): string[] {
  const prefixes: string[] = [];
  for (const t of tokens) {
    if (!latinLetters.test(t)) continue;
    for (let n = minPrefix; n < t.length; n++) prefixes.push(t.slice(0, n) + prefixMark);
  }
  return [...new Set([...tokens, ...prefixes])];
}

// A lone kana between kanji is a particle (磁器の皿 → の): in nearly every text, it would make a
// query require nothing and cost a scan of everything.
const stray = /^(?:\p{Script=Latin}|\p{Script=Hiragana})$/u;

/** The query's tokens, without stray letters ("women's" → women, s) and particles. */
export function queryTokens(q: string): string[] {
  return [...new Set(textTokens(q))].filter((t) => !stray.test(t)).slice(0, maxQueryTokens);
}

const katakanaWord = /^[\p{Script=Katakana}ー]{3,}$/u;

/**
 * The query tokens an item must hold in the strict pass. A whole katakana word of three letters
 * or more is left out: its bigrams are tokens too and already require its letters, while the
 * whole word is only indexed as written, so ニット would miss ニットセーター and セーター would
 * miss ウールセーター. The whole word still counts towards the ranking (an item named exactly
 * セーター comes first).
 */
export function requiredTokens(tokens: string[]): string[] {
  return tokens.filter((t) => !katakanaWord.test(t));
}

/** The whole Latin words among `tokens`: what the close-match vocabulary (search_words) holds. */
export function latinWords(tokens: string[]): string[] {
  return tokens.filter((t) => latinLetters.test(t));
}

/** What a stored token may be to match query token `t`: itself, or a longer word it begins. */
export function tokenAlternatives(t: string): string[] {
  return latinLetters.test(t) && t.length >= minPrefix ? [t, t + prefixMark] : [t];
}
