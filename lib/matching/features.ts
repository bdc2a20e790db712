// Turns a raw profile into the compact features the scorer reads, once per company change: tokens
// on normalized text (so 針織 and 针织 are one token), the goods each product, need item and
// description names (lib/hs/goods.ts), prices and reach.
import type { Localized } from "@/db/schema";
import { goodsItems, type GoodsItem } from "@/lib/hs/goods";
import { textTokens } from "@/lib/text/normalize";
import { FEATURES_FORMAT, type Features, type NeedItem, type RawProduct, type RawProfile, type Term } from "./types";

/**
 * Infers HS headings from free text. Kept in buildFeatures' signature for its callers; the goods
 * layer (lib/hs/goods.ts) reads every product and need now, and a guessed code is no evidence.
 */
export type InferCodes = (texts: string[]) => string | null;

const LANGS = ["ja", "zh", "en"] as const;

/** The languages a text was written in, trimmed, without empty ones: what a reason quotes. */
export function quotedText(value: Localized | null | undefined): Localized {
  const out: Localized = {};
  for (const lang of LANGS) {
    const text = value?.[lang]?.trim();
    if (text) out[lang] = text;
  }
  return out;
}

function texts(value: Localized | null | undefined): string[] {
  return value ? Object.values(value).filter((t): t is string => Boolean(t?.trim())) : [];
}

function tokensOf(...values: (string | null | undefined)[]): string[] {
  return [...new Set(values.flatMap((v) => (v ? textTokens(v) : [])))];
}

/** Terms with one entry per code, the first word that named it kept. */
function merge(...lists: Term[][]): Term[] {
  const out: Term[] = [];
  for (const list of lists) for (const t of list) if (!out.some((o) => o.code === t.code)) out.push(t);
  return out;
}

const headsOf = (items: GoodsItem[]) => merge(...items.map((i) => i.heads));
const othersOf = (items: GoodsItem[]) => merge(...items.map((i) => i.others));

// An inferred code is a guess from the same words: it is never evidence of its own, so only the
// words named here (and a code the sender declared) say what a product is.
function productGoods(p: RawProduct): { heads: Term[]; others: Term[] } {
  const named = [...texts(p.name), ...p.keywords].flatMap((t) => goodsItems(t, "name"));
  const described = texts(p.description).flatMap((t) => goodsItems(t, "prose"));
  const declared: Term[] = p.hsCode ? [{ code: p.hsCode, word: "" }] : [];
  // Words first, so a reason quotes the word when it names the declared code too.
  let heads = merge(headsOf(named), declared);
  // A name that names no goods ("Aurora 300") leaves the description to say what it is.
  if (heads.length === 0) heads = headsOf(described);
  const headCodes = new Set(heads.map((h) => h.code));
  return { heads, others: merge(othersOf(named), headsOf(described), othersOf(described)).filter((t) => !headCodes.has(t.code)) };
}

function needItems(description: Localized): NeedItem[] {
  const items: NeedItem[] = [];
  for (const lang of LANGS) {
    const text = description[lang]?.trim();
    if (!text) continue;
    for (const item of goodsItems(text, "list")) items.push({ text: { [lang]: item.text }, heads: item.heads, others: item.others, lines: item.lines });
  }
  return items;
}

export function buildFeatures(raw: RawProfile, _infer: InferCodes, replyRate: number | null = null): Features {
  const isSme = raw.kind === "sme";
  const prose = [...texts(raw.description), ...raw.channels.flatMap((c) => texts(c.description))].flatMap((t) => goodsItems(t, "prose"));
  const sparse = isSme
    ? raw.products.length === 0 && raw.targetChannels.length === 0 && raw.targetRegions.length === 0
    : raw.needs.length === 0 && raw.hsCodes.length === 0 && raw.channels.length === 0;
  return {
    format: FEATURES_FORMAT,
    id: raw.id,
    ref: raw.ref,
    kind: raw.kind,
    languages: [...new Set(raw.languages)].sort(),
    chamber: raw.chamberId !== null,
    replyRate,
    targetChannels: isSme ? [...new Set(raw.targetChannels)].sort() : [],
    targetRegions: isSme ? [...new Set(raw.targetRegions)].sort() : [],
    products: isSme
      ? raw.products.map((p) => ({
          name: quotedText(p.name),
          code: p.hsCode ?? p.inferredHsCode,
          inferred: !p.hsCode,
          priceMin: p.priceMinJpy,
          priceMax: p.priceMaxJpy,
          moq: p.moq,
          tokens: tokensOf(...texts(p.name), ...texts(p.description), ...p.keywords),
          ...productGoods(p),
        }))
      : [],
    hsCodes: isSme ? [] : [...new Set(raw.hsCodes)].sort(),
    described: merge(headsOf(prose), othersOf(prose)),
    lines: merge(...prose.map((i) => i.lines)),
    about: quotedText(raw.description),
    sparse,
    minOrderJpy: isSme ? null : raw.minOrderJpy,
    access: isSme ? raw.access : null,
    channels: isSme ? [] : raw.channels.map((c) => ({ type: c.type, regions: [...new Set(c.regions)].sort() })),
    needs: isSme
      ? []
      : raw.needs.map((n) => ({
          text: quotedText(n.description),
          code: n.hsCode ?? n.inferredHsCode,
          inferred: !n.hsCode,
          priceMin: n.priceMinJpy,
          priceMax: n.priceMaxJpy,
          tokens: tokensOf(...texts(n.description)),
          items: needItems(n.description),
        })),
    tokens: tokensOf(...texts(raw.name), ...texts(raw.description), ...raw.channels.flatMap((c) => texts(c.description))),
  };
}
