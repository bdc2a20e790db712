/**
 * The talk slots of an event: from the day's start, one talk and one break after another, on every
 * day of the event, read as wall-clock time in the event's zone. Pure, for the scheduler and tests.
 */
import { zonedLocalToUtc } from "@/lib/inquiries/wall-clock";

export type SlotGrid = {
  startsOn: string;
  endsOn: string;
  timeZone: string;
  dayStart: string;
  dayEnd: string;
  talkMinutes: number;
  breakMinutes: number;
};

function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

function days(startsOn: string, endsOn: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${startsOn}T00:00:00Z`); d <= new Date(`${endsOn}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Every slot start, in time order, as epoch milliseconds. */
export function slotStarts(grid: SlotGrid): number[] {
  const first = minutesOf(grid.dayStart);
  const last = minutesOf(grid.dayEnd) - grid.talkMinutes;
  const step = grid.talkMinutes + grid.breakMinutes;
  const out: number[] = [];
  for (const day of days(grid.startsOn, grid.endsOn)) {
    for (let m = first; m <= last; m += step) {
      const at = zonedLocalToUtc(`${day}T${clock(m)}`, grid.timeZone);
      if (at) out.push(at.getTime());
    }
  }
  return out;
}
