/**
 * Display periods are calendar days where the showrooms are, in China: "today" is the date in
 * Asia/Shanghai, so an offer ending on 31 March accepts applications until midnight in Yanji.
 */
const chinaDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export function displayToday(at: Date = new Date()): string {
  return chinaDate.format(at);
}

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A date column as a Date at UTC midnight, for formatters told to use UTC. */
export function dateOf(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}
