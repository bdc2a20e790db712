// The shapes the matching engine works on. Raw profiles mirror the database rows; features are
// the compact, pre-tokenized form the pure scorer reads (and that match_profiles stores).
import type { CompanyKind, Localized } from "@/db/schema";
import type { AccessSummary } from "@/lib/access/summary";

export type { MatchReason } from "@/db/schema/matching";

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
  /** The SME's market access per import route (lib/access), null without products or for a distributor. */
  access: AccessSummary | null;
  products: RawProduct[];
  channels: RawChannel[];
  needs: RawNeed[];
};

/** A goods word of a text and the HS heading it names (lib/hs/goods.ts); `word` is "" for a declared code. */
export type Term = { code: string; word: string; generic?: boolean };

/** One item of a need's list ("清酒、味噌、酱油" has three), with the goods it names. */
export type NeedItem = { text: Localized; heads: Term[]; others: Term[]; lines: Term[] };

export type ProductFeatures = {
  /** The name reasons quote, in each language it was given in. */
  name: Localized;
  code: string | null;
  inferred: boolean;
  priceMin: number | null;
  priceMax: number | null;
  moq: number | null;
  tokens: string[];
  /** The goods the product is (its name's head words, its declared code). */
  heads: Term[];
  /** Other goods words of its name, keywords and description (materials, flavours, a guessed code). */
  others: Term[];
};

export type NeedFeatures = {
  /** The need's description as reasons quote it, in each language it was given in. */
  text: Localized;
  code: string | null;
  inferred: boolean;
  priceMin: number | null;
  priceMax: number | null;
  tokens: string[];
  items: NeedItem[];
};

/** The shape of Features that match_profiles rows must have to be read (bumped when it changes). */
export const FEATURES_FORMAT = 3;

export type Features = {
  /** FEATURES_FORMAT when written; rows of an older shape wait for the next full recompute. */
  format: number;
  id: string;
  ref: string;
  kind: CompanyKind;
  languages: string[];
  chamber: boolean;
  /**
   * Share of first messages this company answered within 2 working days, 0..1, or null when
   * unknown (too few to judge). Read by loadReplyRates (lib/matching/responsiveness.ts).
   */
  replyRate: number | null;
  targetChannels: string[];
  targetRegions: string[];
  products: ProductFeatures[];
  hsCodes: string[];
  /** Goods its description (and a distributor's channel descriptions) names, with the words. */
  described: Term[];
  /** Lines of business its description names ("食品", "雑貨"): chapters, comma-separated. */
  lines: Term[];
  /** The description as reasons quote it (what a profile without products or needs offers). */
  about: Localized;
  /** A name and a line: no products or needs, no channels, no codes. */
  sparse: boolean;
  minOrderJpy: number | null;
  /** Per import route, whether its goods can reach China and what is still to do (SMEs only). */
  access: AccessSummary | null;
  channels: { type: string; regions: string[] }[];
  needs: NeedFeatures[];
  /** Company name and description (and channel descriptions) tokens. */
  tokens: string[];
};

export type ScoredPair = { smeId: string; distributorId: string; score: number; reasons: import("@/db/schema/matching").MatchReason[] };
