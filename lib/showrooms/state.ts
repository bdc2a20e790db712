import type { Localized } from "@/db/schema/localized";
import { displayToday } from "./dates";

/** Pure helpers shared by pages and client components (no database here). */

/** One "on display in <place>" badge; dates are YYYY-MM-DD, the name is the distributor's. */
export type DisplayBadgeData = { place: string; region: string; startsOn: string; endsOn: string; companyName: Localized };

export type OfferState = "open" | "closed" | "ended";

/** What a reader sees of an offer: closed by its distributor, ended by its dates, or open. */
export function offerState(offer: { status: string; endsOn: string }, at: Date = new Date()): OfferState {
  if (offer.status !== "open") return "closed";
  return offer.endsOn < displayToday(at) ? "ended" : "open";
}

/**
 * Whether a product falls under an offer's accepted HS categories (a chapter, heading or
 * subheading prefix). Unknown when the product has no code, and every product fits an offer
 * that lists none. Only a hint for the SME: the distributor decides.
 */
export function fitsCategories(hsCode: string | null, categories: readonly string[]): boolean | undefined {
  if (categories.length === 0) return true;
  if (!hsCode) return undefined;
  return categories.some((category) => hsCode.startsWith(category));
}
