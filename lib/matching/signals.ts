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

/**
 * SME target regions vs where the distributor's channels reach ("CN" = all of China on either
 * side), 0 when no channel reaches a target. Reaching regions the SME named is a more pointed fit
 * than serving one that will sell anywhere; reaching some of the named ones is most of that value.
 * Reach through a channel of a type the SME targets counts fully; through another channel it still
 * shows a presence there, at 70 %.
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
    const national = channel.regions.includes("CN");
    let hits = 0;
    if (anywhere || national) hits = channel.regions.length > 0 ? targets.length : 0;
    else for (const t of targets) if (channel.regions.includes(t)) hits++;
    if (hits === 0) continue;
    const routed = sme.targetChannels.length === 0 || sme.targetChannels.includes(channel.type) ? 1 : 0.7;
    const value = (anywhere ? ANYWHERE : 0.8 + (0.2 * hits) / targets.length) * routed;
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

/**
 * The SME's smallest sellable order (MOQ × lowest price) against the distributor's smallest first
 * order: at or below twice the distributor's floor it fits; far above it (the SME needs a much
 * bigger buyer) the fit fades, reaching 0 two orders of magnitude out. -1 when it can't be judged.
 */
function minOrderFit(sme: Features, dist: Features, out: Out): number {
  if (dist.minOrderJpy === null) return -1;
  let best = -1;
  let bestIndex = -1;
  for (let i = 0; i < sme.products.length; i++) {
    const p = sme.products[i]!;
    if (p.moq === null || p.priceMin === null) continue;
    const ratio = (p.moq * p.priceMin) / Math.max(dist.minOrderJpy * 2, 1);
    const fit = ratio <= 1 ? 1 : Math.max(0, 1 - Math.log10(ratio) / 2);
    if (fit > best) {
      best = fit;
      bestIndex = i;
    }
  }
  if (out && best >= 0.75) {
    const p = sme.products[bestIndex]!;
    out.push({ code: "min_order", params: { minOrder: dist.minOrderJpy, orderValue: p.moq! * p.priceMin!, product: p.name } });
  }
  return best;
}

/** A product's price range against a need's target range: overlapping fits, a gap fades by ratio. -1 when unknown. */
function needPriceFit(sme: Features, dist: Features, out: Out): number {
  let best = -1;
  let bestNeed = -1;
  let bestProduct = -1;
  for (let n = 0; n < dist.needs.length; n++) {
    const need = dist.needs[n]!;
    if (need.priceMin === null && need.priceMax === null) continue;
    for (let i = 0; i < sme.products.length; i++) {
      const p = sme.products[i]!;
      if (p.priceMin === null && p.priceMax === null) continue;
      const pLo = p.priceMin ?? p.priceMax!;
      const pHi = p.priceMax ?? p.priceMin!;
      const nLo = need.priceMin ?? 0;
      const nHi = need.priceMax ?? Number.POSITIVE_INFINITY;
      const gap = pLo > nHi ? pLo / Math.max(nHi, 1) : nLo > pHi ? nLo / Math.max(pHi, 1) : 1;
      const fit = Math.max(0, 1 - Math.log2(gap) / 2);
      if (fit > best) {
        best = fit;
        bestNeed = n;
        bestProduct = i;
      }
    }
  }
  if (out && best === 1) out.push({ code: "need_price", params: { need: dist.needs[bestNeed]!.text, product: sme.products[bestProduct]!.name } });
  return best;
}

/** Order size and price: the mean of whichever of the two can be judged; neutral when neither. */
export function commercialFit(sme: Features, dist: Features, out: Out): number {
  const a = minOrderFit(sme, dist, out);
  const b = needPriceFit(sme, dist, out);
  if (a < 0 && b < 0) return 0.5;
  if (a < 0) return b;
  if (b < 0) return a;
  return (a + b) / 2;
}

/**
 * Standing: a chamber vouching for each side, and (once the inquiries feature supplies it) how
 * reliably each side answers inquiries. Unknown reply rates are left out, not guessed.
 */
export function trustFit(sme: Features, dist: Features, out: Out): number {
  if (out && sme.chamber) out.push({ code: "chamber_sme", params: {} });
  if (out && dist.chamber) out.push({ code: "chamber_distributor", params: {} });
  const chamber = (Number(sme.chamber) + Number(dist.chamber)) / 2;
  const known = (sme.replyRate === null ? 0 : 1) + (dist.replyRate === null ? 0 : 1);
  if (known === 0) return chamber;
  const rate = ((sme.replyRate ?? 0) + (dist.replyRate ?? 0)) / known;
  if (out && rate >= 0.7) out.push({ code: "responsive", params: { percent: Math.round(rate * 100) } });
  return (chamber + rate) / 2;
}
