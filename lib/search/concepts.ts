// The term layer as search uses it: the goods a text names (lib/hs/goods.ts), as concept tokens
// ("@6110") stored next to an item's word tokens and looked up for a query, so that a Chinese
// query 毛衣 finds a Japanese-only セーター and 果汁 finds ジュース, with no shared character.
import { goodsItems } from "@/lib/hs/goods";

/** Marks a concept token: no word token begins with it. */
export const conceptMark = "@";

/**
 * The headings a text names as goods, as concept tokens: `named` for its goods and the specific
 * words beside them (ラムウール), `mentioned` for generic ones (ウール), which find the item without
 * ranking it as if it were named.
 */
export function conceptTokens(texts: readonly string[], kind: "name" | "list" = "name"): { named: string[]; mentioned: string[] } {
  const named: string[] = [];
  const mentioned: string[] = [];
  for (const text of texts) {
    for (const item of goodsItems(text, kind)) {
      for (const t of item.heads) if (t.code.length >= 4) named.push(conceptMark + t.code.slice(0, 4));
      for (const t of item.others) if (t.code.length >= 4) (t.generic ? mentioned : named).push(conceptMark + t.code.slice(0, 4));
    }
  }
  const names = [...new Set(named)];
  return { named: names, mentioned: [...new Set(mentioned)].filter((c) => !names.includes(c)) };
}

/** What a query names as goods: the head of each of its items (a query is read as a short need). */
export function queryConcepts(q: string): string[] {
  const out = new Set<string>();
  for (const item of goodsItems(q, "list")) for (const t of item.heads) if (t.code.length >= 4) out.add(conceptMark + t.code.slice(0, 4));
  return [...out];
}
