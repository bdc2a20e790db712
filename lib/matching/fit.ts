// Product fit, the first step of the trade advisor's rubric (../shared/fixtures/README.md): does
// the distributor want what the SME makes? On the rubric's scale: 3 a need names exactly this
// product, 2 it belongs to the assortment the buyer describes (its codes, its prose), 1 adjacent
// (the same HS chapter). Every level comes from words or declared codes on both sides, and the
// reason quotes them; an inferred code alone is never a claim.
import type { Features, MatchReason, NeedFeatures, NeedItem, ProductFeatures, Term } from "./types";

export const NAMED = 3;
/** A need's goods word is a secondary word of the product (or the other way round). */
export const RELATED = 2.4;
export const ASSORTMENT = 2;
/** A whole chapter, or a line of business ("食品批发"): the product is in range, not named. */
export const LINE = 1.5;
export const NEAR = 1;
/** What an SME's own description naming the goods is worth, next to a product naming them. */
const ABOUT_DISCOUNT = 0.6;

// Price against the need that matched: a band far below the product's prices rules the pair out,
// a gap costs one level.
const PRICE_FAR = 3;
const PRICE_GAP = 1.25;

/**
 * `reason` is the evidence for `level`; `support` (reasons only) a declared code of the buyer's
 * that covers the SME's goods too, when the level came from elsewhere (a need naming them).
 */
export type Fit = { level: number; breadth: number; reason: MatchReason | null; price: MatchReason | null; support: MatchReason | null };

/** Same 4-digit heading (a chapter-only code names no heading). */
function sameHeading(a: string, b: string): boolean {
  return (
    a.length >= 4 &&
    b.length >= 4 &&
    a.charCodeAt(0) === b.charCodeAt(0) &&
    a.charCodeAt(1) === b.charCodeAt(1) &&
    a.charCodeAt(2) === b.charCodeAt(2) &&
    a.charCodeAt(3) === b.charCodeAt(3)
  );
}

function sameChapter(a: string, b: string): boolean {
  return a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1);
}

/** A line's chapters and headings ("17,18,7323") cover the code. */
function inLine(line: string, code: string): boolean {
  let from = 0;
  while (from < line.length) {
    let to = line.indexOf(",", from);
    if (to < 0) to = line.length;
    if (to - from <= code.length && code.startsWith(line.slice(from, to))) return true;
    from = to + 1;
  }
  return false;
}

type Goods = { name: ProductFeatures["name"]; heads: Term[]; others: Term[]; product: ProductFeatures | null; discount: number };

// Per SME, built on first use: the scorer meets the same SME for every candidate distributor.
const offered = new WeakMap<Features, Goods[]>();

/** What the SME offers: its products, and (for a profile without any, or besides them) its own line. */
function offers(sme: Features): Goods[] {
  let out = offered.get(sme);
  if (!out) offered.set(sme, (out = offersOf(sme)));
  return out;
}

function offersOf(sme: Features): Goods[] {
  const out: Goods[] = sme.products.map((p) => ({ name: p.name, heads: p.heads, others: p.others, product: p, discount: 0 }));
  // The description adds what no product names (a product's goods are judged with its prices).
  const named = (code: string) => sme.products.some((p) => p.heads.some((h) => sameChapter(h.code, code)));
  const heads = sme.described.filter((t) => !named(t.code));
  if (heads.length > 0) out.push({ name: sme.about, heads, others: [], product: null, discount: sme.products.length > 0 ? ABOUT_DISCOUNT : 0 });
  return out;
}

/** 0 when the product's price fits the need's band (or either is unknown), 1 for a gap, Infinity far below. */
function pricePenalty(need: NeedFeatures, p: ProductFeatures | null): number {
  if (!p || need.priceMax === null) return 0;
  const lo = p.priceMin ?? p.priceMax;
  if (lo === null) return 0;
  if (lo > PRICE_FAR * need.priceMax) return Number.POSITIVE_INFINITY;
  return lo > PRICE_GAP * need.priceMax ? 1 : 0;
}

function codeLevel(code: string, head: string): number {
  if (head.startsWith(code) || (code.length >= 4 && sameHeading(head, code))) return code.length >= 4 ? ASSORTMENT : LINE;
  return sameChapter(head, code) ? NEAR : 0;
}

function lineLevel(kind: "l" | "d", code: string, head: string): number {
  if (kind === "l") return inLine(code, head) ? LINE : 0;
  return sameHeading(code, head) ? ASSORTMENT : sameChapter(code, head) ? NEAR : 0;
}

const memos = new WeakMap<Features, Map<string, number>>();

function memoFor(sme: Features): Map<string, number> {
  let memo = memos.get(sme);
  if (!memo) memos.set(sme, (memo = new Map()));
  return memo;
}

/**
 * Forgets what the fast path keeps for an SME (its goods and its memo of levels): the full
 * recompute calls it once an SME's pass is done, so that the memos of every SME do not pile up.
 */
export function forgetSme(sme: Features): void {
  offered.delete(sme);
  memos.delete(sme);
}

/** The best level over the SME's goods for one code of the buyer's (declared, described or a line). */
function cached(memo: Map<string, number>, kind: "c" | "l" | "d", code: string, goods: Goods[]): number {
  const key = kind + code;
  let best = memo.get(key);
  if (best === undefined) {
    best = 0;
    for (const g of goods)
      for (const ph of g.heads) best = Math.max(best, (kind === "c" ? codeLevel(code, ph.code) : lineLevel(kind, code, ph.code)) - g.discount);
    memo.set(key, best);
  }
  return best;
}

const itemKeys = new WeakMap<NeedItem, string>();

/** A need item's words as a memo key (its heads, other words and lines, by code). */
function itemKey(item: NeedItem): string {
  let key = itemKeys.get(item);
  if (key === undefined) {
    const codes = (terms: Term[]) => terms.map((t) => (t.generic ? `~${t.code}` : t.code)).join(" ");
    key = `i${codes(item.heads)}|${codes(item.others)}|${codes(item.lines)}`;
    itemKeys.set(item, key);
  }
  return key;
}

/** The best level of any of the SME's goods for one need item, price aside (the fast path's memo). */
function itemLevel(goods: Goods[], item: NeedItem): number {
  let best = 0;
  for (const g of goods) {
    let level = 0;
    for (const h of item.heads) {
      for (const ph of g.heads) {
        if (sameHeading(h.code, ph.code)) level = NAMED;
        else if (level < NEAR && sameChapter(h.code, ph.code)) level = NEAR;
      }
      if (level < RELATED) for (const po of g.others) if (!po.generic && sameHeading(h.code, po.code)) level = RELATED;
    }
    if (level < RELATED) for (const o of item.others) for (const ph of g.heads) if (!o.generic && sameHeading(o.code, ph.code)) level = RELATED;
    if (level < ASSORTMENT) for (const l of item.lines) for (const ph of g.heads) if (inLine(l.code, ph.code)) level = ASSORTMENT;
    if (level > 0) best = Math.max(best, level - g.discount);
  }
  return best;
}

/**
 * The best fit of one SME against one distributor, with the evidence for it (reasons only when
 * asked: this runs for millions of candidate pairs, so the fast path allocates nothing per match).
 */
export function productFit(sme: Features, dist: Features, withReasons: boolean): Fit {
  const fit: Fit = { level: 0, breadth: 0, reason: null, price: null, support: null };
  const goods = offers(sme);
  let itemsNamed = 0;
  // Goods a need asked for at a price far below theirs: the buyer said what it pays for them, so
  // its broader lines (codes, prose) do not bring them back.
  let priced: Set<Goods> | undefined;
  const memo = withReasons ? undefined : memoFor(sme);
  for (const need of dist.needs) {
    for (const item of need.items) {
      // Without a price to judge, an item's best level depends on the SME and the item's words alone.
      if (memo && need.priceMax === null) {
        const key = itemKey(item);
        let best = memo.get(key);
        if (best === undefined) memo.set(key, (best = itemLevel(goods, item)));
        if (best > fit.level) fit.level = best;
        if (best >= RELATED) itemsNamed++;
        continue;
      }
      let itemBest = 0;
      for (const g of goods) {
        let level = 0;
        let needTerm: Term | undefined;
        let productTerm: Term | undefined;
        for (const h of item.heads) {
          for (const ph of g.heads) {
            if (sameHeading(h.code, ph.code)) {
              level = NAMED;
              needTerm = h;
              productTerm = ph;
            } else if (level < NEAR && sameChapter(h.code, ph.code)) {
              level = NEAR;
              needTerm = h;
              productTerm = ph;
            }
          }
          // A secondary word relates only when it is specific: "wool" beside socks names no wool goods.
          if (level < RELATED) {
            for (const po of g.others) {
              if (!po.generic && sameHeading(h.code, po.code)) {
                level = RELATED;
                needTerm = h;
                productTerm = po;
              }
            }
          }
        }
        if (level < RELATED) {
          for (const o of item.others) {
            for (const ph of g.heads) {
              if (!o.generic && sameHeading(o.code, ph.code)) {
                level = RELATED;
                needTerm = o;
                productTerm = ph;
              }
            }
          }
        }
        if (level < ASSORTMENT) {
          for (const l of item.lines) {
            for (const ph of g.heads) {
              if (inLine(l.code, ph.code)) {
                level = ASSORTMENT;
                needTerm = l;
                productTerm = ph;
              }
            }
          }
        }
        if (level === 0 || !needTerm || !productTerm) continue;
        const penalty = pricePenalty(need, g.product);
        if (penalty === Number.POSITIVE_INFINITY) (priced ??= new Set()).add(g);
        const value = level - g.discount - penalty;
        if (value > itemBest) itemBest = value;
        if (value <= fit.level) continue;
        fit.level = value;
        if (!withReasons) continue;
        fit.reason = {
          code: level >= NAMED ? "goods_need" : "goods_related",
          params: { need: item.text, product: g.name, needWord: needTerm.word, productWord: productTerm.word || productTerm.code },
        };
        fit.price = penalty === 0 && need.priceMax !== null && g.product ? { code: "need_price", params: { need: need.text, product: g.name } } : null;
      }
      if (itemBest >= RELATED) itemsNamed++;
    }
    // A code the buyer declared on its need is its own word for the goods.
    if (need.code && !need.inferred) {
      for (const g of goods) {
        for (const ph of g.heads) {
          if (!ph.code.startsWith(need.code) && !sameHeading(ph.code, need.code)) continue;
          const value = (need.code.length >= 4 ? NAMED : LINE) - g.discount - pricePenalty(need, g.product);
          if (value <= fit.level) continue;
          fit.level = value;
          if (withReasons) {
            fit.reason = { code: "hs_need", params: { code: need.code, need: need.text, product: g.name } };
            fit.price = null;
          }
        }
      }
    }
  }
  fit.breadth = Math.max(0, itemsNamed - 1);
  const lined = priced ? goods.filter((g) => !priced.has(g)) : goods;
  // The buyer's lines depend on the SME and the code alone: the fast path keeps each per SME.
  const lineTerms = dist.needs.length === 0 ? [dist.described, dist.lines] : [dist.lines];
  if (memo && !priced) {
    for (const code of dist.hsCodes) fit.level = Math.max(fit.level, cached(memo, "c", code, lined));
    for (const terms of lineTerms) for (const d of terms) fit.level = Math.max(fit.level, cached(memo, terms === dist.lines ? "l" : "d", d.code, lined));
    return fit;
  }
  // The buyer's declared lines: a heading is its assortment, a chapter a broad range.
  let supportLevel = 0;
  for (const code of dist.hsCodes) {
    for (const g of lined) {
      for (const ph of g.heads) {
        const covers = ph.code.startsWith(code) || (code.length >= 4 && sameHeading(ph.code, code));
        const level = codeLevel(code, ph.code) - g.discount;
        if (level <= 0 || (level <= fit.level && (!withReasons || !covers || level <= supportLevel))) continue;
        const reason: MatchReason | null = withReasons
          ? ph.word
            ? { code: "goods_code", params: { code, product: g.name, productWord: ph.word } }
            : { code: covers ? "hs" : "hs_chapter", params: { code, productCode: ph.code, product: g.name } }
          : null;
        if (covers && level > supportLevel) {
          supportLevel = level;
          fit.support = reason;
        }
        if (level <= fit.level) continue;
        fit.level = level;
        fit.reason = reason;
        fit.price = null;
      }
    }
  }
  if (fit.support === fit.reason) fit.support = null;
  // What a buyer without needs says it sells: goods it names are its assortment, a line its range.
  for (const terms of lineTerms) {
    const kind = terms === dist.lines ? "l" : "d";
    for (const d of terms) {
      for (const g of lined) {
        for (const ph of g.heads) {
          const level = lineLevel(kind, d.code, ph.code) - g.discount;
          if (level <= 0 || level <= fit.level) continue;
          fit.level = level;
          if (!withReasons) continue;
          fit.reason = { code: "goods_line", params: { line: d.word, product: g.name, productWord: ph.word || ph.code } };
          fit.price = null;
        }
      }
    }
  }
  return fit;
}

/** Every HS chapter a profile's goods touch: what the candidate index files it under. */
export function chaptersOf(f: Features): string[] {
  const codes: string[] = [];
  const add = (t: Term) => {
    for (const code of t.code.split(",")) codes.push(code.slice(0, 2));
  };
  for (const p of f.products) [...p.heads, ...p.others].forEach(add);
  for (const n of f.needs) {
    for (const i of n.items) [...i.heads, ...i.others, ...i.lines].forEach(add);
    if (n.code && !n.inferred) codes.push(n.code.slice(0, 2));
  }
  f.hsCodes.forEach((c) => codes.push(c.slice(0, 2)));
  f.described.forEach(add);
  f.lines.forEach(add);
  return [...new Set(codes)];
}
