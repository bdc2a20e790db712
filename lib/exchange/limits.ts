/**
 * Size limits of the exchange format's fields. The spec sets none; these keep one oversized entry
 * from exhausting the server or the database (INT4_MAX is PostgreSQL's `integer`), and are generous
 * for real companies: a name ≤ 200 characters, a description ≤ 5,000, ≤ 500 products per company.
 * The number of companies has no limit: a member list is imported in slices (lib/exchange/import.ts).
 * Lengths count Unicode code points, so an emoji counts once.
 */
export const LIMITS = {
  name: 200,
  description: 5_000,
  city: 100,
  chamber: 200,
  website: 2_000,
  volume: 200,
  languages: 20,
  products: 500,
  needs: 500,
  channels: 100,
  hsCodes: 500,
  regions: 50,
  targetChannels: 20,
  keywords: 50,
  certifications: 50,
  keyword: 100,
  certification: 100,
  int: 2_147_483_647,
} as const;

export const EXCHANGE_FORMAT = "kakehashi-exchange/1";
export const REF_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const HS_CODE_PATTERN = /^(\d{2}|\d{4}|\d{6})$/;
export const LANGUAGE_PATTERN = /^[a-z]{2}$/;
export const MIN_FOUNDED_YEAR = 1600;

/** Read at validation time, not at start-up: a long-running server crosses New Year. */
export function currentYear(): number {
  return new Date().getFullYear();
}

export function charCount(text: string): number {
  return Array.from(text).length;
}
