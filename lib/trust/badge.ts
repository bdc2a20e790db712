/**
 * What a verification badge shows on a given day: each checked item with its mark, a certificate
 * losing its mark on its expiry day (in the company's own calendar), and whether the chamber must
 * verify again (a year after the check). Pure, so the day boundary can be tested exactly.
 */
import type { CheckedItem } from "@/db/schema";
import { DISTRIBUTOR_ZONE, SME_ZONE } from "@/lib/inquiries/zones";
import { utcToZonedLocal } from "@/lib/inquiries/wall-clock";

export type MarkedItem = CheckedItem & { marked: boolean };

/** The company's calendar: China time for companies in China, Japan time otherwise. */
export const zoneOfCountry = (country: string) => (country === "CN" ? DISTRIBUTOR_ZONE : SME_ZONE);

/** Today's date (YYYY-MM-DD) in `zone` at the instant `now`. */
export const localDay = (now: Date, zone: string) => utcToZonedLocal(now, zone).slice(0, 10);

/** A checked item keeps its mark until its expiry day: on that day and after it has none. */
export function markItems(items: readonly CheckedItem[], now: Date, zone: string): MarkedItem[] {
  const today = localDay(now, zone);
  return items.map((item) => ({ ...item, marked: item.kind === "registry_number" || item.expiresOn === null || today < item.expiresOn }));
}

/** The instant a verification falls due again: one year after it. */
export function dueAgainAt(verifiedAt: Date): Date {
  const due = new Date(verifiedAt);
  due.setUTCFullYear(due.getUTCFullYear() + 1);
  return due;
}
