// Product fit, the first step of the trade advisor's rubric (../shared/fixtures/README.md): does
// the distributor want what the SME makes? On the rubric's scale: 3 a need names exactly this
// product, 2 it belongs to the assortment the buyer describes (its codes, its prose), 1 adjacent
// (the same HS chapter). Every level comes from words or declared codes on both sides, and the
// reason quotes them; an inferred code alone is never a claim.
import type { Features, MatchReason, NeedFeatures, ProductFeatures, Term } from "./types";

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

export type Fit = { level: number; breadth: number; reason: MatchReason | null; price: MatchReason | null };

/** Same 4-digit heading (a chapter-only code names no heading). */
function sameHeading(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 && a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1) && a.charCodeAt(2) === b.charCodeAt(2) && a.charCodeAt(3) === b.charCodeAt(3);
}

function sameChapter(a: string, b: string): boolean {
  return a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1);
}

/** A line's chapters ("17,18,19") include the code's chapter. */
function inLine(line: string, code: string): boolean {
  for (let i = 0; i + 1 < line.length; i += 3) if (line.charCodeAt(i) === code.charCodeAt(0) && line.charCodeAt(i + 1) === code.charCodeAt(1)) return true;
  return false;
}

type Goods = { name: ProductFeatures["name"]; heads: Term[]; others: Term[]; product: ProductFeatures | null; discount: number };

/** What the SME offers: its products, and (for a profile without any, or besides them) its own line. */
function offers(sme: Features): Goods[] {
  const out: Goods[] = sme.products.map((p) => ({ name: p.name, heads: p.heads, others: p.others, product: p, discount: 0 }));
  if (sme.described.length > 0) out.push({ name: sme.about, heads: sme.described, others: [], product: null, discount: sme.products.length > 0 ? ABOUT_DISCOUNT : 0 });
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

const word = (t: Term) => t.word;

/** The best fit of one SME against one distributor, with the evidence for it. */
export function productFit(sme: Features, dist: Features, withReasons: boolean): Fit {
  const fit: Fit = { level: 0, breadth: 0, reason: null, price: null };
  const goods = offers(sme);
  const offer = (level: number, reason: () => MatchReason, price: () => MatchReason | null = () => null) => {
    if (level <= fit.level) return;
    fit.level = level;
    if (withReasons) {
      fit.reason = reason();
      fit.price = price();
    }
  };
  let itemsNamed = 0;
  for (const need of dist.needs) {
    for (const item of need.items) {
      let itemBest = 0;
      for (const g of goods) {
        let level = 0;
        let pair: [Term, Term] | undefined;
        for (const h of item.heads) {
          for (const ph of g.heads) {
            if (sameHeading(h.code, ph.code)) {
              level = NAMED;
              pair = [h, ph];
            } else if (level < NEAR && sameChapter(h.code, ph.code)) {
              level = NEAR;
              pair = [h, ph];
            }
          }
          if (level < RELATED) for (const po of g.others) if (sameHeading(h.code, po.code)) [level, pair] = [RELATED, [h, po]];
        }
        if (level < RELATED) for (const o of item.others) for (const ph of g.heads) if (sameHeading(o.code, ph.code)) [level, pair] = [RELATED, [o, ph]];
        if (level < ASSORTMENT) for (const l of item.lines) for (const ph of g.heads) if (inLine(l.code, ph.code)) [level, pair] = [ASSORTMENT, [l, ph]];
        if (level === 0 || !pair) continue;
        const penalty = pricePenalty(need, g.product);
        const value = level - g.discount - penalty;
        itemBest = Math.max(itemBest, value);
        const [needTerm, productTerm] = pair;
        offer(
          value,
          () => ({
            code: level >= NAMED ? "goods_need" : "goods_related",
            params: { need: item.text, product: g.name, needWord: word(needTerm), productWord: productTerm.word || productTerm.code },
          }),
          () => (penalty === 0 && need.priceMax !== null && g.product ? { code: "need_price", params: { need: need.text, product: g.name } } : null),
        );
      }
      if (itemBest >= RELATED) itemsNamed++;
    }
    // A code the buyer declared on its need is its own word for the goods.
    if (need.code && !need.inferred) {
      for (const g of goods) {
        for (const ph of g.heads) {
          if (!ph.code.startsWith(need.code) && !sameHeading(ph.code, need.code)) continue;
          const value = (need.code.length >= 4 ? NAMED : LINE) - g.discount - pricePenalty(need, g.product);
          offer(value, () => ({ code: "hs_need", params: { code: need.code!, need: need.text, product: g.name } }));
        }
      }
    }
  }
  fit.breadth = Math.max(0, itemsNamed - 1);
  // The buyer's declared lines: a heading is its assortment, a chapter a broad range.
  for (const code of dist.hsCodes) {
    for (const g of goods) {
      for (const ph of g.heads) {
        const covers = ph.code.startsWith(code) || (code.length >= 4 && sameHeading(ph.code, code));
        const level = covers ? (code.length >= 4 ? ASSORTMENT : LINE) : sameChapter(ph.code, code) ? NEAR : 0;
        if (level === 0) continue;
        offer(level - g.discount, (): MatchReason =>
          ph.word
            ? { code: "goods_code", params: { code, product: g.name, productWord: ph.word } }
            : { code: covers ? "hs" : "hs_chapter", params: { code, productCode: ph.code, product: g.name } },
        );
      }
    }
  }
  // What a buyer without needs says it sells: goods it names are its assortment, a line its range.
  if (dist.needs.length === 0) {
    for (const d of dist.described) {
      for (const g of goods) {
        for (const ph of g.heads) {
          const level = sameHeading(d.code, ph.code) ? ASSORTMENT : sameChapter(d.code, ph.code) ? NEAR : 0;
          if (level > 0) offer(level - g.discount, () => ({ code: "goods_line", params: { line: d.word, product: g.name, productWord: ph.word || ph.code } }));
        }
      }
    }
  }
  for (const l of dist.lines) {
    for (const g of goods) {
      for (const ph of g.heads) {
        if (inLine(l.code, ph.code)) offer(LINE - g.discount, () => ({ code: "goods_line", params: { line: l.word, product: g.name, productWord: ph.word || ph.code } }));
      }
    }
  }
  return fit;
}

/** Every HS chapter a profile's goods touch: what the candidate index files it under. */
export function chaptersOf(f: Features): string[] {
  const codes: string[] = [];
  const add = (t: Term) => {
    if (t.code.includes(",")) codes.push(...t.code.split(","));
    else codes.push(t.code.slice(0, 2));
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
