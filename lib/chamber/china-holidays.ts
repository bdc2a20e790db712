// Mainland China's statutory holidays and adjusted working days (调休), which the State Council
// announces each November for the next year, so no rule computes them and no library we trust has
// them: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), as published by Xinhua, e.g.
// https://politics.gmw.cn/2025-11/04/content_38391083.htm (the 2027 notice is not out yet).
// A year missing here counts Monday to Friday as working days: add its notice when it is published.

/** Days off, by year: each range's first and last day, both included. */
const daysOff: Record<number, [string, string][]> = {
  2026: [
    ["2026-01-01", "2026-01-03"], // 元旦
    ["2026-02-15", "2026-02-23"], // 春节
    ["2026-04-04", "2026-04-06"], // 清明节
    ["2026-05-01", "2026-05-05"], // 劳动节
    ["2026-06-19", "2026-06-21"], // 端午节
    ["2026-09-25", "2026-09-27"], // 中秋节
    ["2026-10-01", "2026-10-07"], // 国庆节
  ],
};

/** Weekend days that are working days (上班) in exchange. */
const makeupDays: Record<number, string[]> = {
  2026: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
};

/**
 * Whether a day (YYYY-MM-DD) is a working day in mainland China: a makeup day is; a holiday is
 * not; otherwise Monday to Friday (also for years not in the table).
 */
export function isChinaWorkingDay(day: string): boolean {
  const year = Number(day.slice(0, 4));
  if (makeupDays[year]?.includes(day)) return true;
  if (daysOff[year]?.some(([from, to]) => day >= from && day <= to)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
