// Working days in Japan and China time: Monday to Friday of the zone's own calendar (public
// holidays are not known here and count as working days).
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/inquiries/zones";

const DAY = 86_400_000;

/**
 * The instant `days` whole working days have passed after `start`'s own day in `timeZone`: local
 * midnight after the last of them. An inquiry opened on a Friday in Tokyo with 3 days is due at
 * 00:00 JST on Thursday (Monday, Tuesday and Wednesday having passed).
 */
export function afterWorkingDays(start: Date, days: number, timeZone: string): Date {
  let day = Date.parse(`${utcToZonedLocal(start, timeZone).slice(0, 10)}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    day += DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return zonedLocalToUtc(`${new Date(day + DAY).toISOString().slice(0, 10)}T00:00`, timeZone)!;
}
