// The shapes the matching engine works on. Raw profiles mirror the database rows; features are
// the compact, pre-tokenized form the pure scorer reads (and that match_profiles stores).
import type { CompanyKind, Localized } from "@/db/schema";

export type { MatchReason } from "@/db/schema/matching";

export type PriceRange = { min: number | null; max: number | null };

export type RawProduct = {
  ref: string;
  name: Localized;
  description: Localized | null;
  hsCode: string | null;
  inferredHsCode: string | null;
  priceMinJpy: number | null;
  priceMaxJpy: number | null;
  moq: number | null;
  keywords: string[];
};

export type RawChannel = { type: string; regions: string[]; description: Localized | null };

export type RawNeed = {
  ref: string;
  description: Localized;
  hsCode: string | null;
  inferredHsCode: string | null;
  priceMinJpy: number | null;
  priceMaxJpy: number | null;
};

/** One approved company with everything matching reads about it. */
export type RawProfile = {
  id: string;
  ref: string;
  kind: CompanyKind;
  name: Localized;
  description: Localized | null;
  languages: string[];
  chamberId: string | null;
  targetChannels: string[];
  targetRegions: string[];
  hsCodes: string[];
  minOrderJpy: number | null;
  products: RawProduct[];
  channels: RawChannel[];
  needs: RawNeed[];
};

export type ProductFeatures = {
  /** The name reasons quote, in each language it was given in. */
  name: Localized;
  code: string | null;
  inferred: boolean;
  priceMin: number | null;
  priceMax: number | null;
  moq: number | null;
  tokens: string[];
};

export type NeedFeatures = {
  /** The need's description as reasons quote it, in each language it was given in. */
  text: Localized;
  code: string | null;
  inferred: boolean;
  priceMin: number | null;
  priceMax: number | null;
  tokens: string[];
};

export type Features = {
  id: string;
  ref: string;
  kind: CompanyKind;
  languages: string[];
  chamber: boolean;
  /**
   * Share of inquiries this company answered, 0..1, or null when unknown. Supplied by the
   * inquiries feature through loadReplyRates (lib/matching/responsiveness.ts); null today.
   */
  replyRate: number | null;
  targetChannels: string[];
  targetRegions: string[];
  products: ProductFeatures[];
  hsCodes: string[];
  /** Headings inferred from the company's prose (a distributor's only when it lists no codes). */
  describedCodes: string[];
  minOrderJpy: number | null;
  channels: { type: string; regions: string[] }[];
  needs: NeedFeatures[];
  /** Company name and description (and channel descriptions) tokens. */
  tokens: string[];
};

export type ScoredPair = { smeId: string; distributorId: string; score: number; reasons: import("@/db/schema/matching").MatchReason[] };
