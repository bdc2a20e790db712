/** Wall-clock times in a zone to UTC instants and back, with Intl alone (no formatter library). */

/** The SMEs' zone (Japan) and the distributors' (China). */
export const SME_ZONE = "Asia/Tokyo";
export const DISTRIBUTOR_ZONE = "Asia/Shanghai";

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
