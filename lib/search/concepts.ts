// The term layer as search uses it: the goods a text names (lib/hs/goods.ts), as concept tokens
// stored next to an item's word tokens and looked up for a query, so that a Chinese query 毛衣
// finds a Japanese-only セーター and 果汁 finds ジュース, with no shared character.
//
// A concept token is "@" + heading + the script of the word that named it (h Han, k kana, l
// Latin): "@6110k" for セーター. A query word reaches the concepts of the other scripts, and of Han
// too when it is Han (靴下 and 袜子 share no character): within one alphabet, words are matched as
// written (ニット finds ニットセーター, not every sweater; "cotton towel" needs both words).
import { goodsItems, type Term } from "@/lib/hs/goods";

const HAN_RE = /\p{Script=Han}/u;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

type Script = "h" | "k" | "l";
const scriptOf = (word: string): Script => (HAN_RE.test(word) ? "h" : KANA_RE.test(word) ? "k" : "l");
const tokenOf = (t: Term, script: Script = scriptOf(t.word)) => `@${t.code.slice(0, 4)}${script}`;

/**
 * The goods a text names, as concept tokens: `named` for its goods and the specific words beside
 * them (ラムウール), `mentioned` for generic ones (ウール), which find the item without ranking it
 * as if it were named.
 */
export function conceptTokens(texts: readonly string[]): { named: string[]; mentioned: string[] } {
  const named: string[] = [];
  const mentioned: string[] = [];
  for (const text of texts) {
    for (const item of goodsItems(text, "name")) {
      for (const t of item.heads) if (t.code.length >= 4 && t.word) named.push(tokenOf(t));
      for (const t of item.others) if (t.code.length >= 4 && t.word) (t.generic ? mentioned : named).push(tokenOf(t));
    }
  }
  const names = [...new Set(named)];
  return { named: names, mentioned: [...new Set(mentioned)].filter((c) => !names.includes(c)) };
}

/**
 * What a query names as goods: for the head of each of its items, the concept tokens an item may
 * hold to match it (any one of them).
 */
export function queryConcepts(q: string): string[][] {
  const out: string[][] = [];
  for (const item of goodsItems(q, "list")) {
    for (const t of item.heads) {
      if (t.code.length < 4 || !t.word) continue;
      const own = scriptOf(t.word);
      out.push((["h", "k", "l"] as const).filter((s) => s !== own || s === "h").map((s) => tokenOf(t, s)));
    }
  }
  return out;
}
