/**
 * The one loop every background job runs in (the match queue, the email outbox, and scheduled
 * work): a round every `intervalMs`, at once again when a round says more is waiting, retries
 * with exponential backoff after a failure (logged with its own request id), a stop() that waits
 * for the round in progress, and each job's state kept for /api/ready. The jobs claim their rows
 * with FOR UPDATE SKIP LOCKED, so several instances share a queue without doing a row twice;
 * `exclusive` jobs (a digest, a reminder sweep) also take a PostgreSQL advisory lock for the
 * round, so that of several instances at most one runs it at a time.
 */
import { sql } from "drizzle-orm";
import { getDbHandle, type DbHandle } from "@/db/client";
import { logError, logger, newRequestId } from "@/lib/log";

export type RoundResult = { busy?: boolean } | void;

export type JobOptions = {
  name: string;
  intervalMs: number;
  round: () => Promise<RoundResult>;
  /** At most one instance runs a round at a time (advisory lock on PostgreSQL). */
  exclusive?: boolean;
  /** Longest wait between retries after failures; default 10 × intervalMs. */
  maxBackoffMs?: number;
  /** false where the loop is what keeps the process alive (a standalone worker). */
  unref?: boolean;
};

export type JobState = {
  name: string;
  running: boolean;
  rounds: number;
  skipped: number;
  failures: number;
  lastRunAt: string | null;
  lastError: string | null;
};

type Registry = Map<string, { state: JobState; stop: () => Promise<void> }>;
const store = globalThis as unknown as { __kakehashiJobs?: Registry };
const registry = (): Registry => (store.__kakehashiJobs ??= new Map());

/** This process's job loops and how they fare. */
export function jobStates(): JobState[] {
  return [...registry().values()].map(({ state }) => ({ ...state }));
}

/** The wait before the next round after `failures` failed rounds in a row. */
export function backoffMs(intervalMs: number, failures: number, maxBackoffMs = intervalMs * 10): number {
  return failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, maxBackoffMs);
}

// Rounds in progress per database handle: exclusion within one process (the embedded database
// has no other), the advisory lock across instances.
const inProgress = new WeakMap<DbHandle, Set<string>>();

/**
 * Runs `round` unless another run of the job is in progress: in this process on the same
 * database, or (PostgreSQL) in any session holding the job's advisory lock. Returns false when
 * it skipped the round.
 */
export async function runExclusive(name: string, round: () => Promise<RoundResult>, handle?: DbHandle): Promise<RoundResult | false> {
  const target = handle ?? (await getDbHandle());
  const running = inProgress.get(target) ?? new Set<string>();
  inProgress.set(target, running);
  if (running.has(name)) return false;
  running.add(name);
  try {
    // PGlite (in process or served) is one session: its advisory locks exclude no one, and a
    // transaction around the round would hold that session, and so every request, for the round.
    if (target.kind !== "postgres") return await round();
    return await target.db.transaction(async (tx) => {
      const result = (await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`kakehashi-job:${name}`})) as locked`)) as unknown as {
        locked: boolean;
      }[];
      if (!result[0]?.locked) return false;
      return round();
    });
  } finally {
    running.delete(name);
  }
}

/**
 * Starts a job's loop in this process, once: a second start of the same name returns the first
 * one's stop(). The first round runs after min(intervalMs, 1 s).
 */
export function startJob(options: JobOptions): () => Promise<void> {
  const existing = registry().get(options.name);
  if (existing) return existing.stop;
  const state: JobState = { name: options.name, running: false, rounds: 0, skipped: 0, failures: 0, lastRunAt: null, lastError: null };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    state.running = true;
    state.lastRunAt = new Date().toISOString();
    let busy = false;
    try {
      const result = options.exclusive ? await runExclusive(options.name, options.round) : await options.round();
      if (result === false) state.skipped++;
      else {
        busy = Boolean(result?.busy);
        state.rounds++;
      }
      state.failures = 0;
      state.lastError = null;
    } catch (error) {
      state.failures++;
      state.lastError = error instanceof Error ? error.message : String(error);
      logError(newRequestId(), error, { job: options.name, failures: state.failures });
    } finally {
      state.running = false;
    }
    if (!stopped) schedule(busy ? 0 : backoffMs(options.intervalMs, state.failures, options.maxBackoffMs));
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      current = tick();
    }, ms);
    if (options.unref !== false) timer.unref?.();
  };
  schedule(Math.min(options.intervalMs, 1000));

  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
    registry().delete(options.name);
    logger().debug({ job: options.name }, "job stopped");
  };
  registry().set(options.name, { state, stop });
  return stop;
}
