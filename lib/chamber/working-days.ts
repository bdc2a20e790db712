// Working days in Japan and China time: in Japan Monday to Friday except the public holidays
// (Cabinet Office list, through @holiday-jp/holiday_jp); in China Monday to Friday except the
// statutory holidays, and the weekend days the State Council makes working days (china-holidays.ts).
import holidayJp from "@holiday-jp/holiday_jp";
import { DISTRIBUTOR_ZONE, SME_ZONE, utcToZonedLocal, zonedLocalToUtc } from "@/lib/inquiries/zones";
import { isChinaWorkingDay } from "./china-holidays";

const DAY = 86_400_000;

function isWeekday(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Whether a day (YYYY-MM-DD of the zone's own calendar) is a working day there; other zones: Monday to Friday. */
export function isWorkingDay(day: string, timeZone: string): boolean {
  if (timeZone === DISTRIBUTOR_ZONE) return isChinaWorkingDay(day);
  if (timeZone === SME_ZONE) return isWeekday(day) && !(day in holidayJp.holidays);
  return isWeekday(day);
}

/**
 * The instant `days` whole working days have passed after `start`'s own day in `timeZone`: local
 * midnight after the last of them. An inquiry opened on a Friday in Tokyo with 3 days is due at
 * 00:00 JST on Thursday (Monday, Tuesday and Wednesday having passed), a day later if one of them
 * is a public holiday.
 */
export function afterWorkingDays(start: Date, days: number, timeZone: string): Date {
  let day = Date.parse(`${utcToZonedLocal(start, timeZone).slice(0, 10)}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    day += DAY;
    if (isWorkingDay(new Date(day).toISOString().slice(0, 10), timeZone)) left--;
  }
  return zonedLocalToUtc(`${new Date(day + DAY).toISOString().slice(0, 10)}T00:00`, timeZone)!;
}
