/**
 * Meeting times across the sea: the SME proposes in Japan time, the distributor in China time,
 * and everyone sees both. Pure, so the conversion can be tested without a database.
 */
import { createFormatter } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";

export const SME_ZONE = "Asia/Tokyo";
export const DISTRIBUTOR_ZONE = "Asia/Shanghai";

export function zoneOfSide(side: "sme" | "distributor"): string {
  return side === "sme" ? SME_ZONE : DISTRIBUTOR_ZONE;
}

/** Milliseconds the zone's wall clock is ahead of UTC at instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * A datetime-local value ("2026-12-01T10:00") read as wall-clock time in `timeZone`, as a UTC
 * instant; undefined when it is not a real date. Two passes find the offset even in zones with
 * daylight saving, although Tokyo and Shanghai have none today.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  let utc = wall - offsetAt(wall, timeZone);
  const second_ = offsetAt(utc, timeZone);
  if (second_ !== wall - utc) utc = wall - second_;
  return new Date(utc);
}

/** The wall-clock datetime-local value of `date` in `timeZone`, for a form's min attribute. */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  const shifted = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}

export type SlotLabels = { jst: string; cst: string };

/**
 * One slot in both zones for every reader, e.g. "Tue, Dec 1, 2026 10:00 JST / 09:00 CST"; the
 * China date is repeated only when it differs from the Japan date.
 */
export function slotLabel(date: Date, locale: Locale, labels: SlotLabels): string {
  const format = createFormatter({ locale, timeZone: SME_ZONE });
  const day = (timeZone: string) => format.dateTime(date, { timeZone, weekday: "short", year: "numeric", month: "short", day: "numeric" });
  const time = (timeZone: string) => format.dateTime(date, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const jstDay = day(SME_ZONE);
  const cstDay = day(DISTRIBUTOR_ZONE);
  const cst = `${time(DISTRIBUTOR_ZONE)} ${labels.cst}`;
  return `${jstDay} ${time(SME_ZONE)} ${labels.jst} / ${cstDay === jstDay ? cst : `${cstDay} ${cst}`}`;
}
