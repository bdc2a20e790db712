/**
 * The days quotations and needs end on: a quotation's validity date is the SME's (it lapses at
 * midnight JST after that day), a need's deadline the distributor's (midnight CST after it). Pure.
 */
import { DISTRIBUTOR_ZONE, SME_ZONE, utcToZonedLocal, zonedLocalToUtc } from "@/lib/inquiries/wall-clock";

const DAY = 86_400_000;

/** The instant a calendar day (YYYY-MM-DD) ends in `timeZone`: local midnight after it. */
export function endOfDay(day: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  return zonedLocalToUtc(`${next}T00:00`, timeZone)!;
}

/** Whether a quotation valid until `validUntil` (Japan's calendar) still holds at `now`. */
export function quotationValid(validUntil: string, now = new Date()): boolean {
  return now < endOfDay(validUntil, SME_ZONE);
}

/** Whether a need with `deadline` (China's calendar; none: open-ended) still takes quotations at `now`. */
export function needOpen(deadline: string | null, now = new Date()): boolean {
  return deadline === null || now < endOfDay(deadline, DISTRIBUTOR_ZONE);
}

/** Today's date in a zone, for a date input's min attribute. */
export function todayIn(timeZone: string, now = new Date()): string {
  return utcToZonedLocal(now, timeZone).slice(0, 10);
}
