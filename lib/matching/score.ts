// The pure scorer: one SME, one distributor, a score in [0, 1] and the evidence behind it.
// No database here, so every weight below is unit-tested and tuned on fixtures in-process.
import { Corpus, type Bag } from "./corpus";
import { hsFit } from "./hs";
import { channelFit, commercialFit, languageFit, regionFit, trustFit } from "./signals";
import type { Features, MatchReason } from "./types";

export type Prepared = { f: Features; bag: Bag; productBags: Bag[]; needBags: Bag[]; descBag: Bag };

export function prepare(f: Features, corpus: Corpus): Prepared {
  return {
    f,
    bag: corpus.bag([...f.tokens, ...f.products.flatMap((p) => p.tokens), ...f.needs.flatMap((n) => n.tokens)]),
    productBags: f.products.map((p) => corpus.bag(p.tokens)),
    needBags: f.needs.map((n) => corpus.bag(n.tokens)),
    descBag: corpus.bag(f.tokens),
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

type Category = { value: number | null; needHit: boolean; reasons: MatchReason[] };

function category(sme: Features, dist: Features): Category {
  const distKnown = dist.hsCodes.length > 0 || dist.describedCodes.length > 0 || dist.needs.some((n) => n.code);
  const smeKnown = sme.products.some((p) => p.code);
  if (!distKnown || !smeKnown) return { value: null, needHit: false, reasons: [] };
  let value = 0;
  let needHit = false;
  let best: MatchReason | undefined;
  let bestNeed: MatchReason | undefined;
  let bestNeedValue = 0;
  for (const p of sme.products) {
    if (!p.code) continue;
    const discount = p.inferred ? INFERRED : 1;
    for (const code of dist.hsCodes) {
      const v = hsFit(p.code, code) * discount;
      if (v > value) {
        value = v;
        best = { code: v >= 0.7 * discount ? (p.inferred ? "hs_inferred" : "hs") : "hs_chapter", params: { code, productCode: p.code, product: p.name } };
      }
    }
    for (const code of dist.describedCodes) {
      const v = hsFit(p.code, code) * DESCRIBED * discount;
      if (v > value) {
        value = v;
        best = { code: "hs_described", params: { code, productCode: p.code, product: p.name } };
      }
    }
    for (const need of dist.needs) {
      if (!need.code) continue;
      const fit = hsFit(p.code, need.code);
      const v = fit * discount * (need.inferred ? INFERRED : 1);
      if (fit >= 0.7) {
        needHit = true;
        if (v > bestNeedValue) {
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
  const reasons = [bestNeed, best].filter((r): r is MatchReason => r !== undefined);
  return { value, needHit, reasons };
}

type Text = { value: number; reasons: MatchReason[] };

function text(sme: Prepared, dist: Prepared, corpus: Corpus): Text {
  const reasons: MatchReason[] = [];
  let best = corpus.cosine(sme.bag, dist.bag);
  let needBest = 0;
  let needReason: MatchReason | undefined;
  dist.needBags.forEach((nb, i) => {
    sme.productBags.forEach((pb, j) => {
      const c = corpus.containment(nb, pb);
      if (c > needBest) {
        needBest = c;
        needReason = { code: "need_text", params: { need: dist.f.needs[i]!.text, product: sme.f.products[j]!.name } };
      }
    });
  });
  if (needReason && needBest >= NEED_TEXT_MIN) reasons.push(needReason);
  let descBest = 0;
  let descReason: MatchReason | undefined;
  sme.productBags.forEach((pb, j) => {
    const c = corpus.containment(pb, dist.descBag);
    if (c > descBest) {
      descBest = c;
      descReason = { code: "description_text", params: { product: sme.f.products[j]!.name } };
    }
  });
  if (descReason && descBest >= DESC_TEXT_MIN) reasons.push(descReason);
  // Containment runs higher than cosine; count it at half so a single shared rare word does not
  // read as full text evidence.
  best = Math.max(best, 0.5 * needBest, 0.5 * descBest);
  return { value: Math.min(1, best / TEXT_SATURATION), reasons };
}

export type PairScore = { score: number; reasons: MatchReason[] };

export function scorePair(sme: Prepared, dist: Prepared, corpus: Corpus): PairScore {
  const cat = category(sme.f, dist.f);
  const txt = text(sme, dist, corpus);
  const channel = channelFit(sme.f, dist.f);
  let relevance: number;
  if (cat.value === null) {
    relevance = Math.max(channel.value >= 0.7 ? UNKNOWN_CATEGORY : 0, TEXT_ONLY * txt.value);
  } else {
    relevance = Math.max(cat.value, TEXT_ONLY * txt.value);
    if (cat.needHit) relevance += NEED_BONUS;
    relevance += AGREEMENT_BONUS * Math.min(cat.value, txt.value);
  }
  relevance = Math.min(1, relevance);
  if (relevance <= 0) return { score: 0, reasons: [] };
  const region = regionFit(sme.f, dist.f);
  const language = languageFit(sme.f, dist.f);
  const commercial = commercialFit(sme.f, dist.f);
  const trust = trustFit(sme.f, dist.f);
  const context =
    W_CHANNEL * channel.value + W_REGION * region.value + W_LANGUAGE * language.value + W_COMMERCIAL * commercial.value + W_TRUST * trust.value;
  const score = relevance * (CONTEXT_FLOOR + (1 - CONTEXT_FLOOR) * context);
  return {
    score: Math.min(1, Math.max(0, score)),
    reasons: [...cat.reasons, ...txt.reasons, ...channel.reasons, ...region.reasons, ...language.reasons, ...commercial.reasons, ...trust.reasons],
  };
}
