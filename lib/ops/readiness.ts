import "server-only";
// What /api/ready reports: whether this instance can serve (its database answers within a second)
// and whether its background work keeps up (how many jobs wait, and for how long the oldest).
import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { env } from "@/lib/env";
import { jobStates, type JobState } from "@/lib/jobs/runner";
import { rowsOf } from "@/lib/matching/db-rows";
import { transportFromEnv } from "@/lib/notifications/transport";

export const DATABASE_DEADLINE_MS = 1000;

export type QueueReport = { depth: number; oldestAgeMs: number | null; stuck: boolean };
export type Readiness =
  | { ready: true; database: "up"; queues: Record<string, QueueReport>; jobs: JobState[] }
  | { ready: false; database: "down"; error: string; jobs: JobState[] }
  | { ready: false; database: "up"; queues: Record<string, QueueReport>; stuck: string[]; jobs: JobState[] };

class Deadline extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Deadline(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

type QueueRow = { depth: number; oldest_age_ms: number | null };

async function queueRows(db: Database): Promise<{ match: QueueRow; mail: QueueRow }> {
  // One statement, so the deadline covers it whole. A mail job is waiting once it is due.
  const [row] = await rowsOf<{ match_depth: number; match_age: number | null; mail_depth: number; mail_age: number | null }>(
    db,
    sql`select
      (select count(*)::int from match_queue) as match_depth,
      (select (extract(epoch from now() - min(queued_at)) * 1000)::float8 from match_queue) as match_age,
      (select count(*)::int from email_outbox where status = 'pending' and next_attempt_at <= now()) as mail_depth,
      (select (extract(epoch from now() - min(next_attempt_at)) * 1000)::float8 from email_outbox
         where status = 'pending' and next_attempt_at <= now()) as mail_age`,
  );
  return {
    match: { depth: Number(row!.match_depth), oldest_age_ms: row!.match_age === null ? null : Number(row!.match_age) },
    mail: { depth: Number(row!.mail_depth), oldest_age_ms: row!.mail_age === null ? null : Number(row!.mail_age) },
  };
}

function report(row: QueueRow, stuckAfterMs: number, counts: boolean): QueueReport {
  const oldestAgeMs = row.oldest_age_ms === null ? null : Math.round(row.oldest_age_ms);
  return { depth: row.depth, oldestAgeMs, stuck: counts && oldestAgeMs !== null && oldestAgeMs > stuckAfterMs };
}

/** Why the database did not answer, without the statement (Drizzle puts it in its message). */
function reason(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Never throws: a database that errs or does not answer within a second is reported down. */
export async function readiness(options: { db?: Database; deadlineMs?: number } = {}): Promise<Readiness> {
  let rows: Awaited<ReturnType<typeof queueRows>>;
  try {
    rows = await within((async () => queueRows(options.db ?? (await getDb())))(), options.deadlineMs ?? DATABASE_DEADLINE_MS);
  } catch (error) {
    return { ready: false, database: "down", error: reason(error), jobs: jobStates() };
  }
  const stuckAfter = env("READY_QUEUE_STUCK_MS");
  // Without a mail transport (production with no SMTP_URL) emails wait on purpose: not a fault.
  const mailIsSent = transportFromEnv() !== null;
  const queues = { match: report(rows.match, stuckAfter, true), mail: report(rows.mail, stuckAfter, mailIsSent) };
  const stuck = Object.entries(queues).flatMap(([name, queue]) => (queue.stuck ? [name] : []));
  // This instance's job loops: how many rounds ran, failed in a row, and the last error.
  const jobs = jobStates();
  return stuck.length ? { ready: false, database: "up", queues, stuck, jobs } : { ready: true, database: "up", queues, jobs };
}
