// Turns a raw profile into the compact features the scorer reads: tokens on normalized text
// (so 針織 and 针织 are one token), the HS code each product is judged by, prices and reach.
import type { Localized } from "@/db/schema";
import { textTokens } from "@/lib/text/normalize";
import type { Features, RawProfile } from "./types";

/** Infers HS headings from free text; injected so the core stays testable without the nomenclature. */
export type InferCodes = (texts: string[]) => string | null;

/** The languages a text was written in, trimmed, without empty ones: what a reason quotes. */
export function quotedText(value: Localized | null | undefined): Localized {
  const out: Localized = {};
  for (const lang of ["ja", "zh", "en"] as const) {
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

// A description lists several lines of business ("厨房刀具、不锈钢餐具和锅具"): inferring per clause
// finds each heading, where one call over the whole text would return only the strongest.
const CLAUSE_RE = /[、，,。.;；:：\n/]|和|及|与|\band\b/u;

function describedCodes(raw: RawProfile, infer: InferCodes): string[] {
  const codes = new Set<string>();
  if (raw.kind === "sme") {
    // An SME's prose only bridges to prose-only distributors: one guess from the whole text.
    const code = infer(texts(raw.description));
    return code ? [code] : [];
  }
  for (const text of [...texts(raw.description), ...raw.channels.flatMap((c) => texts(c.description))]) {
    for (const clause of text.split(CLAUSE_RE)) {
      if (clause.trim().length < 2) continue;
      const code = infer([clause]);
      if (code) codes.add(code);
    }
  }
  return [...codes].sort();
}

export function buildFeatures(raw: RawProfile, infer: InferCodes, replyRate: number | null = null): Features {
  const isSme = raw.kind === "sme";
  return {
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
          // The inferred code is written with the product (import, catalog); not re-inferred here.
          code: p.hsCode ?? p.inferredHsCode,
          inferred: !p.hsCode,
          priceMin: p.priceMinJpy,
          priceMax: p.priceMaxJpy,
          moq: p.moq,
          tokens: tokensOf(...texts(p.name), ...texts(p.description), ...p.keywords),
        }))
      : [],
    hsCodes: isSme ? [] : [...new Set(raw.hsCodes)].sort(),
    // A distributor that names no category is read from its prose (declared codes win); an SME's
    // prose is always read, as a bridge to such a distributor across languages (both texts go
    // through the same multilingual HS keyword tables).
    describedCodes: isSme || (raw.hsCodes.length === 0 && raw.needs.length === 0) ? describedCodes(raw, infer) : [],
    minOrderJpy: isSme ? null : raw.minOrderJpy,
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
        })),
    tokens: tokensOf(...texts(raw.name), ...texts(raw.description), ...raw.channels.flatMap((c) => texts(c.description))),
  };
}
