// Suggests the HS heading of a product or sourcing need from its free texts (names, descriptions,
// keywords, in any of ja/zh/en), by the keyword tables in ./data. Pure and deterministic.
import { normalizeText } from "@/lib/text/normalize";
import { compileKeywordTables, matchKeywords, type KeywordTable } from "./keyword-table";
import { hsKeywords } from "./keywords";

// Normalizing thousands of keywords (OpenCC) is the costly part: do it once, at module load.
const KEYWORDS = hsKeywords();

// Tableware and kitchenware are classified by material: a tumbler is 7013 in glass, 7323 in
// steel, 7615 in aluminium; a plate 6911 in porcelain, 6912 in stoneware, 3924 in plastic. The
// article's keywords sit under one of them; a single material named moves it to its heading.
const HOUSEHOLD_MATERIALS: KeywordTable = {
  "7323": ["ステンレス", "不锈钢", "stainless", "鉄", "铁", "iron", "steel", "鋼", "钢", "ホーロー", "琺瑯", "搪瓷", "enamel"],
  "7615": ["アルミ", "铝", "aluminium", "aluminum", "アルマイト", "alumite"],
  "7418": ["銅", "铜", "copper", "真鍮", "黄铜", "brass"],
  "7013": ["ガラス", "玻璃", "glass", "クリスタル", "水晶玻璃", "crystal"],
  "6911": ["磁器", "瓷器", "porcelain", "bone china", "白磁", "白瓷"],
  "6912": ["陶器", "stoneware", "earthenware", "炻器"],
  "3924": ["プラスチック", "塑料", "plastic", "メラミン", "密胺", "melamine", "樹脂製", "树脂制", "シリコン製", "硅胶"],
  "4419": ["木製", "木制", "wooden", "天然木", "実木", "实木", "竹製", "竹制", "bamboo"],
};
const MATERIAL_WORDS = compileKeywordTables([HOUSEHOLD_MATERIALS]);

/** A heading of household articles that the material named decides between (teapot, bowl, tumbler). */
export const isMaterialHeading = (heading: string): boolean => heading in HOUSEHOLD_MATERIALS;

// Meat, fish and produce put up in cans or jars are prepared foods (chapters 16 and 20), while the
// raw-goods keywords (鯖, ホタテ, peach) sit in chapters 02-08: the preserving word moves them.
const PRESERVED: KeywordTable = {
  preserved: [
    "缶詰",
    "缶",
    "罐头",
    "罐装",
    "canned",
    "tinned",
    "瓶詰め",
    "瓶詰",
    "レトルト",
    "retort",
    "水煮",
    "味噌煮",
    "甘露煮",
    "油漬け",
    "オイル漬け",
    "油浸",
    "in oil",
  ],
};
const PRESERVED_WORDS = compileKeywordTables([PRESERVED]);
const PRESERVED_HEADING: Record<string, string> = { "02": "1602", "03": "1604", "07": "2005", "08": "2008" };
const SHELLFISH = new Set(["0306", "0307", "0308"]);

function preservedHeading(best: string, texts: readonly string[]): string | undefined {
  const target = SHELLFISH.has(best) ? "1605" : PRESERVED_HEADING[best.slice(0, 2)];
  if (!target) return undefined;
  return texts.some((raw) => matchKeywords(normalizeText(raw), PRESERVED_WORDS).length > 0) ? target : undefined;
}

// A purpose names what the goods are for, not what they are: 家具用蝶番 is a hinge, 自転車用サドル a
// saddle, "brake pads for cars" brake pads, 用于汽车的… auto parts' customer, not a car.
const PURPOSE_WEIGHT = 0.25;

// In a name, the goods come last: "induction heating rice cooker", 抹茶チョコレート, "desk fan".
// The last word named in a short text (a name, a keyword) counts double; in a long description
// the last word is as likely an aside.
const HEAD_WEIGHT = 2;
const HEAD_MAX_LENGTH = 60;
const PURPOSE_AFTER_RE = /^(?:用|向け|向|専用)/u;
const PURPOSE_BEFORE_RE = /(?:\bfor (?:use (?:in|with|on) )?(?:the |your )?|用于|适用于|適用)$/u;

function isPurpose(text: string, start: number, end: number): boolean {
  return PURPOSE_AFTER_RE.test(text.slice(end, end + 2)) || PURPOSE_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start));
}

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
    const matches = matchKeywords(text, KEYWORDS);
    const purposes = matches.map(({ spans }) => spans.every(([start, end]) => isPurpose(text, start, end)));
    const lastEnd = text.length <= HEAD_MAX_LENGTH ? Math.max(-1, ...matches.flatMap((m, i) => (purposes[i] ? [] : m.spans.map(([, e]) => e)))) : -1;
    matches.forEach(({ keyword, at, spans }, i) => {
      let weight = purposes[i] ? keyword.weight * PURPOSE_WEIGHT : keyword.weight;
      if (lastEnd >= 0 && spans.some(([, e]) => e === lastEnd)) weight *= HEAD_WEIGHT;
      const first = index * 1_000_000 + at;
      const s = scores.get(keyword.heading) ?? { heading: keyword.heading, score: 0, best: 0, first };
      s.score += weight;
      s.best = Math.max(s.best, weight);
      s.first = Math.min(s.first, first);
      scores.set(keyword.heading, s);
    });
  });
  return [...scores.values()].sort((a, b) => cmp(b.score, a.score) || cmp(b.best, a.best) || a.first - b.first || a.heading.localeCompare(b.heading));
}

/** The material heading the texts name, when they name exactly one material. */
export function householdMaterial(texts: readonly string[]): string | undefined {
  const named = new Set<string>();
  for (const raw of texts) for (const m of matchKeywords(normalizeText(raw), MATERIAL_WORDS)) named.add(m.keyword.heading);
  return named.size === 1 ? [...named][0] : undefined;
}

/** The 4-digit heading the texts most likely describe, or null when no keyword matches. */
export function inferHsCode(texts: string[]): string | null {
  const best = scoreHsHeadings(texts)[0]?.heading;
  if (!best) return null;
  if (best in HOUSEHOLD_MATERIALS) return householdMaterial(texts) ?? best;
  return preservedHeading(best, texts) ?? best;
}
