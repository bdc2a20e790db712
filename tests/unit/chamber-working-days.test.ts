import { describe, expect, it } from "vitest";
import { afterWorkingDays, isWorkingDay } from "@/lib/chamber/working-days";

const due = (iso: string, days: number, zone: string) => afterWorkingDays(new Date(iso), days, zone).toISOString();

describe("working days with public holidays", () => {
  it("skips Japan's Golden Week: a reply due in three working days from 30 April waits until after 6 May", () => {
    // Thursday 30 April 2026, 10:00 JST: 1 May counts, 2–6 May are the weekend and holidays (6 May
    // replaces Constitution Day, a Sunday), then 7 and 8 May; due Saturday 9 May 00:00 JST.
    expect(due("2026-04-30T01:00:00Z", 3, "Asia/Tokyo")).toBe("2026-05-08T15:00:00.000Z");
  });

  it("skips China's National Day week: a reply due in three working days from 29 September waits until after 7 October", () => {
    // Tuesday 29 September 2026, 10:00 CST: 30 September, then 1–7 October are off; 8 and 9 October.
    expect(due("2026-09-29T02:00:00Z", 3, "Asia/Shanghai")).toBe("2026-10-09T16:00:00.000Z");
  });

  it("counts China's makeup Saturday as a working day", () => {
    // Thursday 8 October 2026 in Shanghai: Friday 9, Saturday 10 (a working day by the State
    // Council's notice) and Monday 12 October; due Tuesday 13 October 00:00 CST.
    expect(due("2026-10-08T02:00:00Z", 3, "Asia/Shanghai")).toBe("2026-10-12T16:00:00.000Z");
    expect(isWorkingDay("2026-02-14", "Asia/Shanghai")).toBe(true);
    expect(isWorkingDay("2026-09-20", "Asia/Shanghai")).toBe(true);
  });

  it("knows each country's own holidays only", () => {
    // Spring Festival is a working week in Japan; Japan's Silver Week a working week in China.
    expect(isWorkingDay("2026-02-16", "Asia/Shanghai")).toBe(false);
    expect(isWorkingDay("2026-02-16", "Asia/Tokyo")).toBe(true);
    expect(isWorkingDay("2026-09-22", "Asia/Tokyo")).toBe(false);
    expect(isWorkingDay("2026-09-22", "Asia/Shanghai")).toBe(true);
    // A Japanese makeup day does not exist: Saturday 10 October is off in Tokyo.
    expect(isWorkingDay("2026-10-10", "Asia/Tokyo")).toBe(false);
  });

  it("counts Monday to Friday in China for a year whose holiday notice is not in the table", () => {
    // Friday 1 October 2027: National Day, but the 2027 notice is not published yet.
    expect(isWorkingDay("2027-10-01", "Asia/Shanghai")).toBe(true);
    expect(isWorkingDay("2027-10-02", "Asia/Shanghai")).toBe(false);
    expect(isWorkingDay("2027-01-01", "Asia/Tokyo")).toBe(false);
  });
});
