// Builders for small matching profiles used by the scorer's unit tests.
import { buildFeatures, type InferCodes } from "@/lib/matching/features";
import { buildCorpus } from "@/lib/matching/rank";
import { prepare, scorePair } from "@/lib/matching/score";
import type { Features, RawNeed, RawProduct, RawProfile } from "@/lib/matching/types";

export const noInference: InferCodes = () => null;

export function product(p: Partial<RawProduct> & { ref: string }): RawProduct {
  return { name: { en: p.ref }, description: null, hsCode: null, inferredHsCode: null, priceMinJpy: null, priceMaxJpy: null, moq: null, keywords: [], ...p };
}

export function need(n: Partial<RawNeed> & { ref: string }): RawNeed {
  return { description: { en: n.ref }, hsCode: null, inferredHsCode: null, priceMinJpy: null, priceMaxJpy: null, ...n };
}

export function sme(p: Partial<RawProfile> & { ref: string }): RawProfile {
  return {
    id: `id-${p.ref}`,
    kind: "sme",
    name: { en: p.ref },
    description: null,
    languages: ["ja"],
    chamberId: null,
    targetChannels: [],
    targetRegions: [],
    hsCodes: [],
    minOrderJpy: null,
    access: null,
    products: [],
    channels: [],
    needs: [],
    ...p,
  };
}

export function distributor(p: Partial<RawProfile> & { ref: string }): RawProfile {
  return {
    id: `id-${p.ref}`,
    kind: "distributor",
    name: { zh: p.ref },
    description: null,
    languages: ["zh"],
    chamberId: null,
    targetChannels: [],
    targetRegions: [],
    hsCodes: [],
    minOrderJpy: null,
    access: null,
    products: [],
    channels: [],
    needs: [],
    ...p,
  };
}

/** Scores one pair inside a corpus made of the given profiles (plus the pair itself). */
export function score(a: RawProfile, b: RawProfile, others: RawProfile[] = [], infer: InferCodes = noInference, replyRates: Record<string, number> = {}) {
  const all: Features[] = [a, b, ...others].map((r) => buildFeatures(r, infer, replyRates[r.ref] ?? null));
  const corpus = buildCorpus(all);
  return scorePair(prepare(all[0]!, corpus), prepare(all[1]!, corpus), corpus);
}
