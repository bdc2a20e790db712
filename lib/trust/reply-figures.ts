/**
 * Reply rate and median reply time, from each first message a company received: pure, so that
 * the job, the tests and any caller count the same way. A first message is judged once it was
 * answered or its 2 working days (the receiving company's calendar) have passed; one still
 * within them counts for nothing yet.
 */
import { afterWorkingDays } from "@/lib/chamber/working-days";

export const REPLY_WORKING_DAYS = 2;
export const WINDOW_DAYS = 90;
/** Below this many judged first messages the company is "new": no rate is shown or used. */
export const MIN_JUDGED = 3;

export type Received = { openedAt: Date; firstReplyAt: Date | null; zone: string };
export type ReplyFigures = { judged: number; answeredInTime: number; rate: number | null; medianMinutes: number | null };

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The figures of one company's first messages opened in the 90 days before `now`. */
export function replyFigures(received: readonly Received[], now: Date): ReplyFigures {
  const since = now.getTime() - WINDOW_DAYS * 86_400_000;
  let judged = 0;
  let answeredInTime = 0;
  const minutes: number[] = [];
  for (const r of received) {
    if (r.openedAt.getTime() < since || r.openedAt > now) continue;
    const due = afterWorkingDays(r.openedAt, REPLY_WORKING_DAYS, r.zone);
    const answered = r.firstReplyAt !== null && r.firstReplyAt <= now;
    if (!answered && now < due) continue;
    judged++;
    if (answered) {
      minutes.push(Math.round((r.firstReplyAt!.getTime() - r.openedAt.getTime()) / 60_000));
      if (r.firstReplyAt! < due) answeredInTime++;
    }
  }
  const mid = median(minutes);
  return { judged, answeredInTime, rate: judged >= MIN_JUDGED ? answeredInTime / judged : null, medianMinutes: mid === null ? null : Math.round(mid) };
}
