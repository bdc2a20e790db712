// The pure scorer: one SME, one distributor, a score in [0, 1] and the evidence behind it. It
// follows the trade advisor's rubric (../shared/fixtures/README.md) as ranking structure: product
// fit on the rubric's 0–3 scale (fit.ts), then one level less without a wanted channel, at most 1
// without a target region, 0 for an order far beyond the maker's scale, at most 2 without a
// shared working language for a Japanese-only maker or for a one-line profile, one level less when
// either side answers under a fifth of its first messages (signals.ts). The context signals
// only order pairs of one grade, and a partner with neither a wanted channel nor a target region
// reached through one ranks below every partner that has either.
import type { Bag, Corpus } from "./corpus";
import { NAMED, NEAR, ASSORTMENT, productFit } from "./fit";
import { measureText, type SmeProbe, type TextMeasures } from "./text-measure";
import { channelFit, languageFit, orderScale, reachesTarget, regionFit, silentSide, trustFit } from "./signals";
import { pairAccess, type AccessSummary } from "@/lib/access/summary";
import type { Features, MatchReason } from "./types";

export type Prepared = {
  f: Features;
  /** The SME's market access when some route is blocked or has to-dos; null when every route is open and clear. */
  access: AccessSummary | null;
  bag: Bag;
  productBags: Bag[];
  needBags: Bag[];
  descBag: Bag;
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
  const access = f.access && Object.values(f.access).some((r) => r.o !== "fine") ? f.access : null;
  return {
    f,
    access,
    bag: corpus.bag([...f.tokens, ...f.products.flatMap((p) => p.tokens), ...f.needs.flatMap((n) => n.tokens)]),
    productBags: f.products.map((p) => corpus.bag(p.tokens)),
    needBags: f.needs.map((n) => corpus.bag(n.tokens)),
    descBag: corpus.bag(f.tokens),
  };
}

// --- The rubric's steps ----------------------------------------------------------------------
/** A grade a one-line profile never exceeds, nor a Japanese-only maker with a buyer who has no Japanese speaker. */
const CAPPED = 2;
/** The grade at most when no channel reaches a region the SME targets. */
const NO_REGION = 1;
/** Within one grade: several of a need's goods made by the SME, then the context (both at most these). */
const W_BREADTH = 0.1;
const MAX_BREADTH = 2;
const W_CONTEXT = 0.4;
const TOP = NAMED + W_BREADTH * MAX_BREADTH + W_CONTEXT;
// Scores of partners with neither a wanted channel nor a reached target region stay below this
// floor; every other relevant partner scores above it.
const TIER = 0.2;
// Such a partner is still listed (above MIN_SCORE in rank.ts), only below the others.
const LOW_TIER_FLOOR = 0.06;
// The context's parts: the route, where it sells, whether the two can talk, who vouches for them.
const W_CHANNEL = 0.35;
const W_REGION = 0.3;
const W_LANGUAGE = 0.2;
const W_TRUST = 0.15;
// Text alone (no goods word found on one side): a need or a description sharing most of its
// weighted words with a product is worth the assortment level, a third of it adjacent.
const NEED_TEXT_STRONG = 0.6;
const NEED_TEXT_MIN = 0.35;

type Out = MatchReason[] | null;

/** Text evidence when the goods layer finds none: containment of a need (or description) in a product. */
function textLevel(sme: Prepared, dist: Prepared, m: TextMeasures, out: Out): number {
  const need = m.needBest >= NEED_TEXT_STRONG ? ASSORTMENT : m.needBest >= NEED_TEXT_MIN ? NEAR : 0;
  const desc = m.descBest >= NEED_TEXT_STRONG ? NEAR : 0;
  if (out && need > 0) out.push({ code: "need_text", params: { need: dist.f.needs[m.needAt]!.text, product: sme.f.products[m.needProduct]!.name } });
  else if (out && desc > 0) out.push({ code: "description_text", params: { product: sme.f.products[m.descAt]!.name } });
  return Math.max(need, desc);
}

const japaneseOnly = (f: Features) => f.languages.length === 1 && f.languages[0] === "ja";

type Caps = { channel: number; region: number; wantedChannel: boolean; reached: boolean; order: number; cap: number; none: boolean; silent: boolean };

// The fast path's caps, reused for every candidate pair (read before the next pair is scored).
const scratch: Caps = { channel: 0, region: 0, wantedChannel: true, reached: true, order: -1, cap: NAMED, none: false, silent: false };

/** The rubric steps that do not depend on the goods: cheap, so they go first (and can rule a pair out). */
function capsOf(sme: Features, dist: Features, out: Out, channelKnown = -1): Caps {
  const channel = channelKnown >= 0 ? channelKnown : channelFit(sme, dist, out);
  const region = regionFit(sme, dist, out);
  const wantsChannels = sme.targetChannels.length > 0 && dist.channels.length > 0;
  let cap = NAMED;
  if (sme.sparse || dist.sparse) cap = CAPPED;
  if (japaneseOnly(sme) && dist.languages.length > 0 && !dist.languages.includes("ja")) cap = CAPPED;
  const stated = (sme.targetChannels.length > 0 || sme.targetRegions.length > 0) && dist.channels.length > 0;
  const c = out ? ({} as Caps) : scratch;
  c.channel = channel;
  c.region = region;
  c.wantedChannel = !wantsChannels || channel > 0;
  c.reached = region > 0 || reachesTarget(sme, dist);
  c.order = orderScale(sme, dist, out);
  c.cap = cap;
  c.silent = silentSide(sme, dist);
  // "Either": a wanted channel, or a target region reached through a wanted route (region > 0).
  c.none = stated && (sme.targetChannels.length > 0 ? channel === 0 : true) && (sme.targetRegions.length > 0 ? region === 0 : true);
  return c;
}

/** The grade after the rubric's steps 2–6, from a product-fit level. */
function gradeOf(level: number, c: Caps): number {
  let g = level;
  if (!c.wantedChannel) g -= 1;
  // A partner who leaves first messages unanswered is worth less than one who answers.
  if (c.silent) g -= 1;
  if (!c.reached) g = Math.min(g, NO_REGION);
  if (c.order === 0) return 0;
  if (c.order === 1) g -= 1;
  return Math.min(g, c.cap);
}

function contextOf(s: Features, d: Features, c: Caps, out: Out): number {
  return W_CHANNEL * c.channel + W_REGION * c.region + W_LANGUAGE * languageFit(s, d, out) + W_TRUST * trustFit(s, d, out);
}

function scoreOf(grade: number, breadth: number, context: number, none: boolean): number {
  if (grade <= 0) return 0;
  const value = Math.min(1, (grade + W_BREADTH * Math.min(breadth, MAX_BREADTH) + W_CONTEXT * context) / TOP);
  return none ? LOW_TIER_FLOOR + (TIER - LOW_TIER_FLOOR) * value * 0.999 : TIER + (1 - TIER) * value;
}

// Market access (lib/access): a pair whose every shared route is blocked is not a match; open
// to-dos cost a little, at most less than one context step, so they reorder near-equal partners only.
const W_TODO = 0.004;
const MAX_TODO = 0.016;

function withAccess(sme: Prepared, dist: Prepared, score: number, out: Out): number {
  if (score <= 0 || !sme.access) return score;
  const access = pairAccess(sme.access, dist.f.channels, sme.f.targetChannels);
  if (access.o === "block") return 0;
  if (access.o === "fine" || access.t.length === 0) return score;
  if (out)
    out.push(
      access.t.length > 1
        ? { code: "access_todo_more", params: { item: access.t[0]!, more: access.t.length - 1 } }
        : { code: "access_todo", params: { item: access.t[0]! } },
    );
  return Math.max(score - Math.min(MAX_TODO, W_TODO * access.t.length), score / 2);
}

function compute(sme: Prepared, dist: Prepared, measures: () => TextMeasures, out: Out): number {
  const caps = capsOf(sme.f, dist.f, out ? [] : null);
  const fit = productFit(sme.f, dist.f, out !== null);
  const txtReasons: Out = out ? [] : null;
  let level = fit.level;
  if (level < ASSORTMENT) {
    const text = textLevel(sme, dist, measures(), txtReasons);
    if (text > level) level = text;
    else if (txtReasons) txtReasons.length = 0;
  }
  const grade = gradeOf(level, caps);
  if (grade <= 0) return 0;
  if (out) {
    if (fit.reason && level === fit.level) out.push(fit.reason);
    if (fit.support) out.push(fit.support);
    out.push(...txtReasons!);
    if (fit.price && level === fit.level) out.push(fit.price);
    // The context's reasons, in the order the rubric reads them.
    capsOf(sme.f, dist.f, out);
  }
  return withAccess(sme, dist, scoreOf(grade, fit.breadth, contextOf(sme.f, dist.f, caps, out), caps.none), out);
}

/**
 * The best score a pair can reach with this channel fit (channelFit), when the SME wants channels
 * and the distributor has some: a perfect product fit and context, one level less without a
 * wanted channel. The ranker checks it before it reads anything else of the distributor.
 */
export function channelCeiling(channel: number): number {
  return scoreOf(channel > 0 ? NAMED : NAMED - 1, MAX_BREADTH, W_CHANNEL * channel + W_REGION + W_LANGUAGE + W_TRUST, false);
}

/**
 * The score alone, for the pass over every candidate pair (text measured by an SME probe), or 0
 * when it is certainly below `floor`: the rubric's caps go first, and when even a perfect product
 * fit under them could not reach the floor, the goods and text work is skipped.
 */
export function scoreValue(sme: Prepared, dist: Prepared, probe: SmeProbe, floor = Number.NEGATIVE_INFINITY, channelKnown = -1): number {
  // The channel alone already bounds the score: one level less without a wanted channel.
  const channel = channelKnown >= 0 ? channelKnown : channelFit(sme.f, dist.f, null);
  if (floor > 0 && sme.f.targetChannels.length > 0 && dist.f.channels.length > 0 && channelCeiling(channel) < floor) return 0;
  const caps = capsOf(sme.f, dist.f, null, channel);
  const bound = gradeOf(NAMED, caps);
  if (bound <= 0) return 0;
  if (scoreOf(bound, MAX_BREADTH, 1, caps.none) < floor) return 0;
  const fit = productFit(sme.f, dist.f, false);
  const level = fit.level >= ASSORTMENT ? fit.level : Math.max(fit.level, textLevel(sme, dist, probe.measure(dist), null));
  return withAccess(sme, dist, scoreOf(gradeOf(level, caps), fit.breadth, contextOf(sme.f, dist.f, caps, null), caps.none), null);
}

export type PairScore = { score: number; reasons: MatchReason[] };

/** Score and reasons, for the pairs that are kept. `probe` (optional) only makes it faster. */
export function scorePair(sme: Prepared, dist: Prepared, corpus: Corpus, probe?: SmeProbe): PairScore {
  const reasons: MatchReason[] = [];
  const score = compute(sme, dist, () => (probe ? probe.measure(dist) : measureText(sme, dist, corpus)), reasons);
  return { score, reasons: score > 0 ? reasons : [] };
}
