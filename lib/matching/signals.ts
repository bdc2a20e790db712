// The context signals, each in [0, 1]: how well the distributor's routes, reach, languages,
// order sizes and standing fit what the SME wants. Pure functions of two feature sets.
import type { Features, MatchReason, ProductFeatures } from "./types";

export type Signal = { value: number; reasons: MatchReason[] };

/** SME target channels vs the distributor's channel types. */
export function channelFit(sme: Features, dist: Features): Signal {
  const types = new Set(dist.channels.map((c) => c.type));
  // No stated preference: any route will do, but it proves nothing either.
  if (sme.targetChannels.length === 0) return { value: 0.5, reasons: [] };
  if (types.size === 0) return { value: 0.25, reasons: [] };
  const shared = sme.targetChannels.filter((t) => types.has(t));
  if (shared.length === 0) return { value: 0, reasons: [] };
  // One shared route is most of the value; covering every targeted route adds the rest.
  return { value: 0.7 + (0.3 * shared.length) / sme.targetChannels.length, reasons: [{ code: "channel", params: { channels: shared } }] };
}

const ANYWHERE = 0.85;

function covered(targets: readonly string[], reach: readonly string[]): string[] {
  if (reach.includes("CN")) return [...targets];
  if (targets.includes("CN")) return reach.length > 0 ? ["CN"] : [];
  return targets.filter((t) => reach.includes(t));
}

/**
 * SME target regions vs where the distributor's channels reach ("CN" = all of China on either
 * side), 0 when no channel reaches a target. Reach through a channel of a type the SME targets counts fully; through another channel
 * it still helps (the distributor has a presence there), at 70 %.
 */
export function regionFit(sme: Features, dist: Features): Signal {
  if (sme.targetRegions.length === 0) return { value: 0.5, reasons: [] };
  if (dist.channels.length === 0) return { value: 0.25, reasons: [] };
  const wanted = new Set(sme.targetChannels);
  let best = { value: 0, channel: "", regions: [] as string[] };
  for (const channel of dist.channels) {
    const hit = covered(sme.targetRegions, channel.regions);
    if (hit.length === 0) continue;
    // Reaching regions the SME named is a more pointed fit than serving one that will sell
    // anywhere ("CN"); reaching some of the named ones is already most of that value.
    const value =
      (sme.targetRegions.includes("CN") ? ANYWHERE : 0.8 + (0.2 * hit.length) / sme.targetRegions.length) *
      (wanted.size === 0 || wanted.has(channel.type) ? 1 : 0.7);
    if (value > best.value) best = { value, channel: channel.type, regions: sme.targetRegions.includes("CN") ? channel.regions : hit };
  }
  if (best.value === 0) return { value: 0, reasons: [] };
  return { value: best.value, reasons: [{ code: "region", params: { channel: best.channel, regions: best.regions } }] };
}

/**
 * Shared working languages. Sharing Japanese or Chinese means the two can talk without an
 * interpreter in the SME's or the buyer's own language; English only is a workable fallback.
 */
export function languageFit(sme: Features, dist: Features): Signal {
  if (sme.languages.length === 0 || dist.languages.length === 0) return { value: 0.3, reasons: [] };
  const shared = sme.languages.filter((l) => dist.languages.includes(l));
  if (shared.length === 0) return { value: 0, reasons: [] };
  const value = shared.some((l) => l !== "en") ? 1 : 0.6;
  return { value, reasons: [{ code: "language", params: { languages: shared } }] };
}

function orderValue(p: ProductFeatures): number | null {
  return p.moq !== null && p.priceMin !== null ? p.moq * p.priceMin : null;
}

/**
 * The SME's smallest sellable order (MOQ × lowest price) against the distributor's smallest first
 * order: at or below twice the distributor's floor it fits; far above it (the SME needs a much
 * bigger buyer) the fit fades, reaching 0 two orders of magnitude out.
 */
function minOrderFit(sme: Features, dist: Features): Signal | null {
  if (dist.minOrderJpy === null) return null;
  let best: Signal | null = null;
  for (const p of sme.products) {
    const value = orderValue(p);
    if (value === null) continue;
    const ratio = value / Math.max(dist.minOrderJpy * 2, 1);
    const fit = ratio <= 1 ? 1 : Math.max(0, 1 - Math.log10(ratio) / 2);
    if (!best || fit > best.value) {
      best = {
        value: fit,
        reasons: fit >= 0.75 ? [{ code: "min_order", params: { minOrder: dist.minOrderJpy, orderValue: value, product: p.name } }] : [],
      };
    }
  }
  return best;
}

/** A product's price range against a need's target range: overlapping fits, a gap fades by ratio. */
function needPriceFit(sme: Features, dist: Features): Signal | null {
  let best: Signal | null = null;
  for (const need of dist.needs) {
    if (need.priceMin === null && need.priceMax === null) continue;
    for (const p of sme.products) {
      if (p.priceMin === null && p.priceMax === null) continue;
      const pLo = p.priceMin ?? p.priceMax!;
      const pHi = p.priceMax ?? p.priceMin!;
      const nLo = need.priceMin ?? 0;
      const nHi = need.priceMax ?? Number.POSITIVE_INFINITY;
      const gap = pLo > nHi ? pLo / Math.max(nHi, 1) : nLo > pHi ? nLo / Math.max(pHi, 1) : 1;
      const fit = Math.max(0, 1 - Math.log2(gap) / 2);
      if (!best || fit > best.value) {
        best = { value: fit, reasons: fit === 1 ? [{ code: "need_price", params: { need: need.text, product: p.name } }] : [] };
      }
    }
  }
  return best;
}

/** Order size and price: the mean of whichever of the two can be judged; neutral when neither. */
export function commercialFit(sme: Features, dist: Features): Signal {
  const parts = [minOrderFit(sme, dist), needPriceFit(sme, dist)].filter((s): s is Signal => s !== null);
  if (parts.length === 0) return { value: 0.5, reasons: [] };
  return { value: parts.reduce((a, s) => a + s.value, 0) / parts.length, reasons: parts.flatMap((s) => s.reasons) };
}

/**
 * Standing: a chamber vouching for each side, and (once the inquiries feature supplies it) how
 * reliably each side answers inquiries. Unknown reply rates are left out, not guessed.
 */
export function trustFit(sme: Features, dist: Features): Signal {
  const reasons: MatchReason[] = [];
  if (sme.chamber) reasons.push({ code: "chamber_sme", params: {} });
  if (dist.chamber) reasons.push({ code: "chamber_distributor", params: {} });
  const parts = [(Number(sme.chamber) + Number(dist.chamber)) / 2];
  const rates = [sme.replyRate, dist.replyRate].filter((r): r is number => r !== null);
  if (rates.length > 0) {
    const rate = rates.reduce((a, r) => a + r, 0) / rates.length;
    parts.push(rate);
    if (rate >= 0.7) reasons.push({ code: "responsive", params: { percent: Math.round(rate * 100) } });
  }
  return { value: parts.reduce((a, v) => a + v, 0) / parts.length, reasons };
}
