// The console's reporting period: whole days in Japan time (the chambers report by the Japanese
// calendar), read from the page's query string, and its buckets by week (Monday) or month.

// Japan has kept UTC+9 without daylight saving since 1951, so a fixed offset is exact; this module
// stays free of lib/inquiries/zones, whose formatter import cannot load outside Next (the bench).
const JST_MS = 9 * 3_600_000;

export type Unit = "week" | "month";
export type Period = { fromDate: string; toDate: string; from: Date; to: Date; unit: Unit };

const DAY = 86_400_000;
const MAX_DAYS = 3 * 366;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function dayMs(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) || isoDay(ms) !== date ? undefined : ms;
}

/**
 * The period from `from` to `to` (both days included). A missing or bad end is today; a missing
 * or bad start, a reversed range or one longer than three years start the twelfth month before the end.
 */
export function parsePeriod(input: { from?: string; to?: string; unit?: string }, now = new Date()): Period {
  const unit: Unit = input.unit === "week" ? "week" : "month";
  const today = isoDay(now.getTime() + JST_MS);
  const to = dayMs(input.to ?? "") ?? dayMs(today)!;
  let from = dayMs(input.from ?? "");
  if (from === undefined || from > to || to - from > MAX_DAYS * DAY) {
    const end = new Date(to);
    from = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 11, 1);
  }
  const fromDate = isoDay(from);
  const toDate = isoDay(to);
  return {
    fromDate,
    toDate,
    from: new Date(from - JST_MS),
    to: new Date(to + DAY - JST_MS),
    unit,
  };
}

/** The first day (Japan time) of each week or month the period touches, as YYYY-MM-DD. */
export function bucketStarts(period: Period): string[] {
  const first = dayMs(period.fromDate)!;
  const last = dayMs(period.toDate)!;
  const starts: string[] = [];
  if (period.unit === "month") {
    const d = new Date(first);
    for (let m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); m <= last;) {
      starts.push(isoDay(m));
      const n = new Date(m);
      m = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1);
    }
  } else {
    const weekday = (new Date(first).getUTCDay() + 6) % 7; // Monday 0
    for (let w = first - weekday * DAY; w <= last; w += 7 * DAY) starts.push(isoDay(w));
  }
  return starts;
}
