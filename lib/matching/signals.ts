// The context signals, each in [0, 1]: how well the distributor's routes, reach, languages,
// order sizes and standing fit what the SME wants. Pure functions of two feature sets; reasons go
// into `out` when given (the fast scoring pass over millions of pairs passes null).
import type { Features, MatchReason } from "./types";

type Out = MatchReason[] | null;

/** SME target channels vs the distributor's channel types. */
export function channelFit(sme: Features, dist: Features, out: Out): number {
  // No stated preference: any route will do, but it proves nothing either.
  if (sme.targetChannels.length === 0) return 0.5;
  if (dist.channels.length === 0) return 0.25;
  let shared = 0;
  for (const t of sme.targetChannels) {
    for (const c of dist.channels) {
      if (c.type === t) {
        shared++;
        break;
      }
    }
  }
  if (shared === 0) return 0;
  if (out) out.push({ code: "channel", params: { channels: sme.targetChannels.filter((t) => dist.channels.some((c) => c.type === t)) } });
  // One shared route is most of the value; covering every targeted route adds the rest.
  return 0.7 + (0.3 * shared) / sme.targetChannels.length;
}

const ANYWHERE = 0.85;

/** Whether any of the distributor's channels reaches a target region ("CN" = all of China on either side). */
function reaches(channel: { regions: string[] }, targets: string[]): number {
  if (channel.regions.length === 0) return 0;
  if (targets.includes("CN") || channel.regions.includes("CN")) return targets.length;
  let hits = 0;
  for (const t of targets) if (channel.regions.includes(t)) hits++;
  return hits;
}

/** The rubric's region step: some channel of the distributor reaches a region the SME targets. */
export function reachesTarget(sme: Features, dist: Features): boolean {
  return sme.targetRegions.length === 0 || dist.channels.length === 0 || dist.channels.some((c) => reaches(c, sme.targetRegions) > 0);
}

/**
 * SME target regions vs where the distributor's channels of a wanted type reach (any channel when
 * the SME names no type): reach through a route the SME does not want is no route to its market.
 * 0 when none reaches a target; naming regions is a more pointed fit than selling anywhere.
 */
export function regionFit(sme: Features, dist: Features, out: Out): number {
  const targets = sme.targetRegions;
  if (targets.length === 0) return 0.5;
  if (dist.channels.length === 0) return 0.25;
  const anywhere = targets.includes("CN");
  let best = 0;
  let bestChannel = -1;
  for (let i = 0; i < dist.channels.length; i++) {
    const channel = dist.channels[i]!;
    if (sme.targetChannels.length > 0 && !sme.targetChannels.includes(channel.type)) continue;
    const hits = reaches(channel, targets);
    if (hits === 0) continue;
    const value = anywhere ? ANYWHERE : 0.8 + (0.2 * hits) / targets.length;
    if (value > best) {
      best = value;
      bestChannel = i;
    }
  }
  if (out && bestChannel >= 0) {
    const channel = dist.channels[bestChannel]!;
    const regions = anywhere ? channel.regions : channel.regions.includes("CN") ? targets : targets.filter((t) => channel.regions.includes(t));
    out.push({ code: "region", params: { channel: channel.type, regions } });
  }
  return best;
}

/**
 * Shared working languages. Sharing Japanese or Chinese means the two can talk without an
 * interpreter in the SME's or the buyer's own language; English only is a workable fallback.
 */
export function languageFit(sme: Features, dist: Features, out: Out): number {
  if (sme.languages.length === 0 || dist.languages.length === 0) return 0.3;
  let value = 0;
  for (const l of sme.languages) if (dist.languages.includes(l)) value = Math.max(value, l === "en" ? 0.6 : 1);
  if (out && value > 0) out.push({ code: "language", params: { languages: sme.languages.filter((l) => dist.languages.includes(l)) } });
  return value;
}

// A minimum first order up to this many times the maker's largest lot is a stretch (one level
// less); beyond the far bound it is out of the maker's scale altogether.
const ORDER_STRETCH = 3;
const ORDER_FAR = 10;

const lots = new WeakMap<Features, { value: number; product: number } | null>();

/** The SME's largest lot: MOQ × price of its products, the highest; null when none says. Kept per SME. */
function largestLot(sme: Features): { value: number; product: number } | null {
  let lot = lots.get(sme);
  if (lot === undefined) lots.set(sme, (lot = lotOf(sme)));
  return lot;
}

function lotOf(sme: Features): { value: number; product: number } | null {
  let best: { value: number; product: number } | null = null;
  sme.products.forEach((p, i) => {
    const price = p.priceMax ?? p.priceMin;
    if (p.moq === null || price === null) return;
    const value = p.moq * price;
    if (!best || value > best.value) best = { value, product: i };
  });
  return best;
}

/**
 * The distributor's minimum first order against the maker's scale, both ways: "fits" only when
 * a lot of the maker's meets it; 0 far beyond the maker's scale, 1 a stretch, 2 fits, -1 unknown.
 */
export function orderScale(sme: Features, dist: Features, out: Out): number {
  if (dist.minOrderJpy === null) return -1;
  const lot = largestLot(sme);
  if (!lot) return -1;
  const ratio = dist.minOrderJpy / Math.max(lot.value, 1);
  if (ratio > ORDER_FAR) return 0;
  if (ratio > ORDER_STRETCH) return 1;
  if (out && ratio <= 1)
    out.push({ code: "min_order", params: { minOrder: dist.minOrderJpy, orderValue: lot.value, product: sme.products[lot.product]!.name } });
  return 2;
}

/** Below this share of first messages answered in time, a company counts as not replying. */
export const SILENT_RATE = 0.2;

/** Whether either side of the pair leaves most first messages unanswered (known rates only). */
export function silentSide(sme: Features, dist: Features): boolean {
  return (sme.replyRate !== null && sme.replyRate < SILENT_RATE) || (dist.replyRate !== null && dist.replyRate < SILENT_RATE);
}

/**
 * Standing: a chamber vouching for each side, and how reliably each side answers first messages
 * (its reply rate over 90 days). Unknown reply rates are left out, not guessed; a side that
 * leaves first messages unanswered is named in the reasons (and costs the pair a grade, score.ts).
 */
export function trustFit(sme: Features, dist: Features, out: Out): number {
  if (out && sme.chamber) out.push({ code: "chamber_sme", params: {} });
  if (out && dist.chamber) out.push({ code: "chamber_distributor", params: {} });
  if (out) {
    for (const [side, f] of [["sme", sme] as const, ["distributor", dist] as const]) {
      if (f.replyRate !== null && f.replyRate < SILENT_RATE) out.push({ code: `unresponsive_${side}`, params: { percent: Math.round(f.replyRate * 100) } });
    }
  }
  const chamber = (Number(sme.chamber) + Number(dist.chamber)) / 2;
  const known = (sme.replyRate === null ? 0 : 1) + (dist.replyRate === null ? 0 : 1);
  if (known === 0) return chamber;
  const rate = ((sme.replyRate ?? 0) + (dist.replyRate ?? 0)) / known;
  if (out && rate >= 0.7) out.push({ code: "responsive", params: { percent: Math.round(rate * 100) } });
  return (chamber + rate) / 2;
}
