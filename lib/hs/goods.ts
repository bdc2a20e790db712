// Goods extraction: what a product name, a sourcing need or a line of prose names as the goods.
// A text is split into items ("清酒、味噌、酱油" is three needs); in each item the head of the
// phrase is the goods (拉面碗 is a bowl, "sheets for drone arms" are sheets), while purpose and
// venue words (车架用…, 茶室, "for X") and packaging (桐箱入り, 礼盒, 瓶标) are not. Every result
// carries the words as written, so a reason can quote them. Pure and deterministic.
import { normalizeText } from "@/lib/text/normalize";
import { broadKeywords } from "./broad";
import { householdMaterial, isMaterialHeading } from "./infer";
import { matchKeywords, type KeywordMatch } from "./keyword-table";
import { hsKeywords } from "./keywords";

/** A heading (or, for a broad line, its chapters comma-separated) and the word that named it. */
export type Term = { code: string; word: string; /** A generic word (~ in the tables): "wool", not "lambswool". */ generic?: boolean };

export type GoodsItem = {
  /** The item as written. */
  text: string;
  /** The goods the item names: the head of the phrase (one word, several headings at most). */
  heads: Term[];
  /** Other goods words in the item: modifiers, specifics in brackets, a second product. */
  others: Term[];
  /** Lines of business the item names ("食品", "雑貨"): chapters, comma-separated. */
  lines: Term[];
};

// Items are separated by list punctuation and conjunctions; 和 not inside 和服, 和牛, 和菓子, 和紙…
const SEPARATOR_RE =
  /[、，,;；／・&＆+\n]|(?<![A-Za-z0-9])\/|\/(?![A-Za-z0-9])|以及|及び|および|及|(?<![柔温平缓调总共])和(?![服牛菓食纸紙風风式室歌装])|与|或|(?<=[\p{Script=Han}\p{Script=Katakana}ー])[とや](?=[\p{Script=Han}\p{Script=Katakana}ー])|\band\b|\bor\b|\bwith\b/u;
// Products name one thing; a comma in a name is a specification ("UD prepreg, 120 C cure").
const NAME_SEPARATOR_RE =
  /[、;；／・&＆\n]|(?<![A-Za-z0-9])\/|\/(?![A-Za-z0-9])|(?<=[\p{Script=Han}\p{Script=Katakana}ー])[とや](?=[\p{Script=Han}\p{Script=Katakana}ー])|\band\b/u;
const BRACKET_RE = /[（(［[【「『]([^）)\]］】」』]*)[）)\]］】」』]?/gu;

// What the goods are for or where they are used: 家具用, 向け, 専用, 用于, "for ...".
const PURPOSE_AFTER_RE = /^(?:用|向け|向|専用|専門)/u;
const PURPOSE_BEFORE_RE = /(?:用于|适用于|適用|適合)$/u;
// A word followed by a place is the venue, not the goods: 茶室, 寿司店, 酒馆, 香席.
const VENUE_AFTER_RE = /^(?:室|店|馆|館|厅|廳|屋|间|間|场|場|席|吧|铺|舗|坊|处|処)/u;
// A container the goods come in: 桐箱入り, 缶入り, 礼盒装, 瓶詰め.
const PACKED_AFTER_RE = /^(?:入り|入|装|詰め|詰|包装|付き|付)/u;
// Headings of packaging and labels: the wrapping, whenever the item also names what is wrapped.
const PACKAGING = new Set(["4819", "4821", "4415", "7010", "7310", "7612", "3923", "6305", "4421"]);

const FOR_RE = /\bfor\b|\bused in\b|\bused for\b/u;

type Judged = { m: KeywordMatch; purpose: boolean; packaging: boolean };

/** Maps an offset of the normalized text back to the written text, when both have one length. */
function writtenWord(written: string, normalized: string, start: number, end: number): string {
  return written.length === normalized.length ? written.slice(start, end) : normalized.slice(start, end);
}

// 用 as "for" (车架用, 業務用), not inside 用品 or 用具 (goods themselves).
const PURPOSE_MARK_RE = /用(?![品具])|向け|専用/gu;

function judge(text: string, matches: KeywordMatch[]): Judged[] {
  const forAt = text.search(FOR_RE);
  // Everything named before the last purpose mark that is followed by goods is the purpose:
  // in 果汁瓶用标签 the goods are labels, and neither the juice nor the bottle.
  let purposeEnd = -1;
  for (const mark of text.matchAll(PURPOSE_MARK_RE)) {
    if (matches.some((m) => m.spans.some(([start]) => start >= mark.index + mark[0].length))) purposeEnd = mark.index;
  }
  return matches.map((m) => {
    const [start, end] = m.spans[m.spans.length - 1]!;
    const after = text.slice(end, end + 2);
    const purpose =
      end <= purposeEnd ||
      PURPOSE_AFTER_RE.test(after) ||
      VENUE_AFTER_RE.test(after) ||
      PURPOSE_BEFORE_RE.test(text.slice(Math.max(0, start - 4), start)) ||
      (forAt >= 0 && start > forAt);
    return { m, purpose, packaging: PACKED_AFTER_RE.test(after) || PACKAGING.has(m.keyword.heading) };
  });
}

const lastEnd = (j: Judged) => j.m.spans[j.m.spans.length - 1]![1];

function itemOf(written: string, mode: "head" | "inner" | "prose"): GoodsItem {
  const text = written.replace(/\s+/gu, " ").trim();
  const normalized = normalizeText(text);
  const term = (j: Judged): Term => {
    const [start, end] = j.m.spans[j.m.spans.length - 1]!;
    const out: Term = { code: j.m.keyword.heading, word: writtenWord(text, normalized, start, end) };
    if (j.m.keyword.generic) out.generic = true;
    return out;
  };
  const lineMatches = judge(normalized, matchKeywords(normalized, broadKeywords())).filter((j) => !j.purpose);
  // A word inside a line of business is part of it: 服饰配件 is accessories, not also 配件 (fittings).
  const inLine = (j: Judged) => lineMatches.some((l) => l.m.spans.some(([s, e]) => j.m.spans.every(([a, b]) => s <= a && b <= e)));
  const judged = judge(normalized, matchKeywords(normalized, hsKeywords())).filter((j) => !inLine(j));
  const goods = judged.filter((j) => !j.purpose);
  const wrapped = goods.filter((j) => !j.packaging);
  // Packaging is the goods only when the item names nothing else (a box maker's "礼盒").
  const candidates = wrapped.length > 0 ? wrapped : goods;
  // The head of the phrase comes last (拉面碗 is a bowl, ミルクジャム a jam); prose names several goods.
  const end = Math.max(-1, ...candidates.map(lastEnd));
  const head = mode === "inner" ? [] : mode === "prose" ? candidates : candidates.filter((j) => lastEnd(j) === end);
  // Household articles are classified by material: 铸铁茶壶 is an iron teapot (7323), not a ceramic one.
  const material = head.some((j) => isMaterialHeading(j.m.keyword.heading)) ? householdMaterial([text]) : undefined;
  const heads = dedupe(head.map((j) => (material && isMaterialHeading(j.m.keyword.heading) ? { ...term(j), code: material } : term(j))));
  const headCodes = new Set(heads.map((t) => t.code));
  const others = dedupe(candidates.filter((j) => !head.includes(j)).map(term)).filter((t) => !headCodes.has(t.code));
  return { text, heads, others, lines: dedupe(lineMatches.map(term)) };
}

function dedupe(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(t.code) ? false : (seen.add(t.code), true)));
}

/**
 * The goods items of a text. `kind` "name" splits only on list marks a product name uses; "list"
 * (needs, prose) also on commas and conjunctions. Words in brackets are specifics of their item:
 * they count as its other goods, or as its own items when the text outside names none.
 */
// Catalogues repeat their phrases (a product line's names, a chain's needs): results are kept by
// text, in a bounded map. Callers must not modify what they get.
const MAX_MEMO = 20_000;
const memo = new Map<string, GoodsItem[]>();

export function goodsItems(written: string, kind: "name" | "list" | "prose" = "list"): GoodsItem[] {
  const key = `${kind}\u0000${written}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const items = extract(written, kind);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, items);
  return items;
}

function extract(written: string, kind: "name" | "list" | "prose"): GoodsItem[] {
  const separator = new RegExp((kind === "name" ? NAME_SEPARATOR_RE : SEPARATOR_RE).source, "gu");
  const items: GoodsItem[] = [];
  for (const part of splitOutsideBrackets(written, separator)) {
    const inner: string[] = [];
    const outer = part.replace(BRACKET_RE, (_, content: string) => {
      inner.push(content);
      return " ";
    });
    const item = outer.trim() ? itemOf(outer, kind === "prose" ? "prose" : "head") : undefined;
    const specifics = inner.flatMap((c) => c.split(new RegExp(SEPARATOR_RE.source, "gu"))).filter((c) => c?.trim());
    if (item && item.heads.length > 0) {
      for (const c of specifics) {
        for (const t of itemOf(c, "inner").others)
          if (!item.others.some((o) => o.code === t.code) && !item.heads.some((h) => h.code === t.code)) item.others.push(t);
      }
      items.push({ ...item, text: part.trim() });
    } else {
      for (const c of specifics) {
        const sub = itemOf(c, "head");
        if (sub.heads.length > 0 || sub.lines.length > 0) items.push(sub);
      }
      if (item && (item.lines.length > 0 || item.others.length > 0)) items.push({ ...item, text: part.trim() });
    }
  }
  return items;
}

const CONJUNCTION_RE = /^(?:\s*(?:and|or|with|和|与|及|以及|及び|および|&|＆)\s*)$/u;

/**
 * The text cut at separators that stand outside brackets. A cut at a conjunction after a purpose
 * ("screws for gimbals and camera modules") is not made: what follows is part of the purpose.
 */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  let depth = 0;
  let masked = "";
  for (const ch of text) {
    if ("（([［【「『".includes(ch)) depth++;
    masked += depth > 0 ? "\uE000".repeat(ch.length) : ch;
    if ("）)]］】」』".includes(ch)) depth = Math.max(0, depth - 1);
  }
  const parts: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(separator)) {
    const piece = text.slice(from, m.index);
    if (CONJUNCTION_RE.test(m[0]) && FOR_RE.test(normalizeText(piece))) continue;
    parts.push(piece);
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.filter((p) => p.trim());
}
