// The pure scorer: one SME, one distributor, a score in [0, 1] and the evidence behind it.
// No database here, so every weight below is unit-tested and tuned on fixtures in-process.
import type { Bag, Corpus } from "./corpus";
import { hsFit } from "./hs";
import { measureText, type SmeProbe, type TextMeasures } from "./text-measure";
import { channelFit, commercialFit, languageFit, regionFit, trustFit } from "./signals";
import type { Features, MatchReason } from "./types";

export type Prepared = {
  f: Features;
  bag: Bag;
  productBags: Bag[];
  needBags: Bag[];
  descBag: Bag;
  /** Names a category at all, even one only read from its prose. */
  categorized: boolean;
  /** Names a category in codes (an SME: a product's; a distributor: its own or a need's), not just prose. */
  firmCategory: boolean;
  /** An SME's best product fit per distributor-side code, filled as codes are met (they repeat a lot). */
  fitMemo: Map<string, number> | undefined;
};

// Channel types, regions and languages are compared for every candidate pair: one shared string
// per code makes an equal pair a pointer comparison. Bounded by the codes in use (a few hundred).
const codePool = new Map<string, string>();
function shared(code: string): string {
  let value = codePool.get(code);
  if (value === undefined) codePool.set(code, (value = code));
  return value;
}

function withSharedCodes(f: Features): Features {
  return {
    ...f,
    languages: f.languages.map(shared),
    targetChannels: f.targetChannels.map(shared),
    targetRegions: f.targetRegions.map(shared),
    channels: f.channels.map((c) => ({ ...c, type: shared(c.type), regions: c.regions.map(shared) })),
  };
}

export function prepare(features: Features, corpus: Corpus): Prepared {
  const f = withSharedCodes(features);
  return {
    f,
    bag: corpus.bag([...f.tokens, ...f.products.flatMap((p) => p.tokens), ...f.needs.flatMap((n) => n.tokens)]),
    productBags: f.products.map((p) => corpus.bag(p.tokens)),
    needBags: f.needs.map((n) => corpus.bag(n.tokens)),
    descBag: corpus.bag(f.tokens),
    categorized:
      f.kind === "sme" ? f.products.some((p) => p.code) || f.describedCodes.length > 0 : f.hsCodes.length > 0 || f.describedCodes.length > 0 || f.needs.some((n) => n.code),
    firmCategory: f.kind === "sme" ? f.products.some((p) => p.code) : f.hsCodes.length > 0 || f.needs.some((n) => n.code),
    // Declared up front so every Prepared object keeps one shape (the hot loop stays monomorphic).
    fitMemo: undefined,
  };
}

// --- Weights, tuned on the sample fixture (see tests/bench/match-quality.ts) ---------------------
// Relevance (does the distributor deal in what the SME makes?) gates everything: a perfect route
// for the wrong goods is no match. Context then scales a relevant pair between 55 % and 100 %.
const CONTEXT_FLOOR = 0.55;
// Within the context: the route is what a distributor *is*, then where it sells, whether the two
// can talk, whether the order sizes fit, and who vouches for them.
const W_CHANNEL = 0.3;
const W_REGION = 0.25;
const W_LANGUAGE = 0.2;
const W_COMMERCIAL = 0.15;
const W_TRUST = 0.1;
// An inferred code (the sender gave none) is a guess from text: worth less than a declared one.
const INFERRED = 0.85;
// A heading read from a distributor's prose is weaker still than one it listed.
const DESCRIBED = 0.8;
// Declared demand (a sourcing need naming the category) on top of a category fit.
const NEED_BONUS = 0.1;
// Text and category agreeing is more convincing than either alone.
const AGREEMENT_BONUS = 0.1;
// Binary TF-IDF cosine between short multilingual texts rarely exceeds ~0.4 even for the same
// product; treat 0.35 as full text evidence.
const TEXT_SATURATION = 0.35;
// Text alone is softer evidence than a category code.
const TEXT_ONLY = 0.9;
// When a side gives no category at all, a shared sales channel is the only relevance we have:
// enough to list the pair, never enough to outrank a category fit.
const UNKNOWN_CATEGORY = 0.35;
// Containment (share of the shorter text found in the other) needed to name a need or a
// description as evidence: a third of the IDF weight, so one common shared word is not enough.
const NEED_TEXT_MIN = 0.3;
const DESC_TEXT_MIN = 0.35;

type Out = MatchReason[] | null;

// Category relevance from HS codes, or -1 when either side names no category at all. Sets
// needHit when a sourcing need asks for the product's category. Module-level to avoid allocating
// a result per pair on the hot path.
let needHit = false;

function category(sme: Prepared, dist: Prepared, out: Out): number {
  needHit = false;
  if (!sme.categorized || !dist.categorized) return -1;
  if (out) return categoryOf(sme.f, dist.f, out);
  // Fast path, same value as categoryOf: the best (fit × discount) per code comes from the memo.
  const memo = (sme.fitMemo ??= new Map());
  const d = dist.f;
  let value = 0;
  for (const code of d.hsCodes) value = Math.max(value, bestFit(sme.f, code, memo));
  for (const code of d.describedCodes) value = Math.max(value, bestFit(sme.f, code, memo) * DESCRIBED);
  value = Math.max(value, proseFit(sme.f, d, null));
  for (const need of d.needs) {
    if (!need.code) continue;
    const best = bestFit(sme.f, need.code, memo);
    // needHit mirrors categoryOf: some product fits the need's code at 0.7 or better (undiscounted).
    if (best >= 0 && hitsNeed(sme.f, need.code, memo)) needHit = true;
    value = Math.max(value, best * (need.inferred ? INFERRED : 1));
  }
  return value;
}

/** Both companies' prose points to the same heading (after the same multilingual keyword tables). */
function proseFit(sme: Features, dist: Features, out: Out): number {
  let value = 0;
  let reason: MatchReason | undefined;
  for (const a of sme.describedCodes) {
    for (const b of dist.describedCodes) {
      const v = hsFit(a, b) * DESCRIBED * DESCRIBED;
      if (v > value) {
        value = v;
        if (out) reason = { code: "hs_prose", params: { code: b } };
      }
    }
  }
  if (out && reason) out.push(reason);
  return value;
}

function bestFit(sme: Features, code: string, memo: Map<string, number>): number {
  let v = memo.get(code);
  if (v === undefined) {
    v = 0;
    for (const p of sme.products) if (p.code) v = Math.max(v, hsFit(p.code, code) * (p.inferred ? INFERRED : 1));
    memo.set(code, v);
  }
  return v;
}

function hitsNeed(sme: Features, code: string, memo: Map<string, number>): boolean {
  const key = `need:${code}`;
  let v = memo.get(key);
  if (v === undefined) {
    v = sme.products.some((p) => p.code && hsFit(p.code, code) >= 0.7) ? 1 : 0;
    memo.set(key, v);
  }
  return v === 1;
}

function categoryOf(sme: Features, dist: Features, out: Out): number {
  let value = 0;
  let best: MatchReason | undefined;
  let bestNeed: MatchReason | undefined;
  let bestNeedValue = 0;
  for (const p of sme.products) {
    if (!p.code) continue;
    const discount = p.inferred ? INFERRED : 1;
    for (const code of dist.hsCodes) {
      const fit = hsFit(p.code, code);
      const v = fit * discount;
      if (v > value) {
        value = v;
        if (out) best = { code: fit >= 0.7 ? (p.inferred ? "hs_inferred" : "hs") : "hs_chapter", params: { code, productCode: p.code, product: p.name } };
      }
    }
    for (const code of dist.describedCodes) {
      const v = hsFit(p.code, code) * DESCRIBED * discount;
      if (v > value) {
        value = v;
        if (out) best = { code: "hs_described", params: { code, productCode: p.code, product: p.name } };
      }
    }
    for (const need of dist.needs) {
      if (!need.code) continue;
      const fit = hsFit(p.code, need.code);
      const v = fit * discount * (need.inferred ? INFERRED : 1);
      if (fit >= 0.7) {
        needHit = true;
        if (out && v > bestNeedValue) {
          bestNeedValue = v;
          bestNeed = { code: "hs_need", params: { code: need.code, need: need.text, product: p.name } };
        }
      }
      if (v > value) {
        value = v;
        best = undefined;
      }
    }
  }
  const prose: MatchReason[] = [];
  const proseValue = proseFit(sme, dist, out ? prose : null);
  if (proseValue > value) {
    value = proseValue;
    best = prose[0];
  }
  if (out) {
    if (bestNeed) out.push(bestNeed);
    if (best) out.push(best);
  }
  return value;
}

/** Text relevance in [0, 1]: whole profiles, needs against products, the description against products. */
function text(sme: Prepared, dist: Prepared, m: TextMeasures, out: Out): number {
  if (out && m.needBest >= NEED_TEXT_MIN) {
    out.push({ code: "need_text", params: { need: dist.f.needs[m.needAt]!.text, product: sme.f.products[m.needProduct]!.name } });
  }
  if (out && m.descBest >= DESC_TEXT_MIN) out.push({ code: "description_text", params: { product: sme.f.products[m.descAt]!.name } });
  // Containment runs higher than cosine; count it at half so a single shared rare word does not
  // read as full text evidence.
  const best = Math.max(m.all, 0.5 * m.needBest, 0.5 * m.descBest);
  return Math.min(1, best / TEXT_SATURATION);
}

export type PairScore = { score: number; reasons: MatchReason[] };

/** Relevance in [0, 1]: does the distributor deal in what the SME makes? (`channel`: channelFit.) */
function relevanceOf(sme: Prepared, dist: Prepared, measures: TextMeasures, channel: number, catOut: Out, txtOut: Out): number {
  const cat = category(sme, dist, catOut);
  const txt = text(sme, dist, measures, txtOut);
  let relevance: number;
  // Without a category in codes on both sides, a shared route keeps the pair listed: a category
  // read from prose is a guess, and its miss must not rule a pair out.
  const route = sme.firmCategory && dist.firmCategory ? 0 : channel >= 0.7 ? UNKNOWN_CATEGORY : 0;
  if (cat < 0) {
    relevance = Math.max(route, TEXT_ONLY * txt);
  } else {
    relevance = Math.max(cat, route, TEXT_ONLY * txt);
    if (needHit) relevance += NEED_BONUS;
    relevance += AGREEMENT_BONUS * Math.min(cat, txt);
  }
  return Math.min(1, relevance);
}

/** The context signals' weighted sum, in [0, 1] (`channel` and `region`: channelFit and regionFit). */
function contextOf(s: Features, d: Features, channel: number, region: number, out: Out): number {
  return W_CHANNEL * channel + W_REGION * region + W_LANGUAGE * languageFit(s, d, out) + W_COMMERCIAL * commercialFit(s, d, out) + W_TRUST * trustFit(s, d, out);
}

/** What the context scales relevance by: from CONTEXT_FLOOR to 1. */
const factorOf = (context: number) => CONTEXT_FLOOR + (1 - CONTEXT_FLOOR) * context;

const scoreOf = (relevance: number, factor: number) => Math.min(1, Math.max(0, relevance * factor));

function compute(sme: Prepared, dist: Prepared, measures: TextMeasures, out: Out): number {
  const catReasons: Out = out ? [] : null;
  const txtReasons: Out = out ? [] : null;
  const channelReasons: Out = out ? [] : null;
  const channel = channelFit(sme.f, dist.f, channelReasons);
  const relevance = relevanceOf(sme, dist, measures, channel, catReasons, txtReasons);
  if (relevance <= 0) return 0;
  if (out) out.push(...catReasons!, ...txtReasons!, ...channelReasons!);
  return scoreOf(relevance, factorOf(contextOf(sme.f, dist.f, channel, regionFit(sme.f, dist.f, out), out)));
}

// Every signal is at most 1: with the later ones taken at 1, the factor known so far is an upper
// bound. The margin covers rounding, so a pair is skipped only when it is certainly below.
const AFTER_REGION = W_LANGUAGE + W_COMMERCIAL + W_TRUST;
const AFTER_CHANNEL = W_REGION + AFTER_REGION;
const ROUNDING = 1e-9;

/**
 * The score alone, for the pass over every candidate pair (text measured by an SME probe), or 0
 * when it is certainly below `floor`. Relevance is at most 1, so the score is at most the context
 * factor: the context signals go first, the sales channel and region before the rest, and as soon
 * as the factor they allow is below the floor (a pair that could enter neither side's top list),
 * the remaining signals and the text and category work are skipped.
 */
export function scoreValue(sme: Prepared, dist: Prepared, probe: SmeProbe, floor = Number.NEGATIVE_INFINITY): number {
  const channel = channelFit(sme.f, dist.f, null);
  if (factorOf(W_CHANNEL * channel + AFTER_CHANNEL) + ROUNDING < floor) return 0;
  const region = regionFit(sme.f, dist.f, null);
  if (factorOf(W_CHANNEL * channel + W_REGION * region + AFTER_REGION) + ROUNDING < floor) return 0;
  const factor = factorOf(contextOf(sme.f, dist.f, channel, region, null));
  if (factor < floor) return 0;
  const relevance = relevanceOf(sme, dist, probe.measure(dist), channel, null, null);
  return relevance <= 0 ? 0 : scoreOf(relevance, factor);
}

/** Score and reasons, for the pairs that are kept. `probe` (optional) only makes it faster. */
export function scorePair(sme: Prepared, dist: Prepared, corpus: Corpus, probe?: SmeProbe): PairScore {
  const reasons: MatchReason[] = [];
  const score = compute(sme, dist, probe ? probe.measure(dist) : measureText(sme, dist, corpus), reasons);
  return { score, reasons: score > 0 ? reasons : [] };
}
