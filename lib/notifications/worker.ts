// No "server-only" here: instrumentation.ts starts this worker (see deliver.ts).
import { getDb, type Database } from "@/db/client";
import { env } from "@/lib/env";
import { startJob } from "@/lib/jobs/runner";
import { logError, logger, newRequestId } from "@/lib/log";
import { deliverNext } from "./deliver";
import { transportFromEnv, type MailTransport } from "./transport";

export type SendResult = { sent: number; failed: number; deferred: number; skipped: number };

/**
 * Sends up to `limit` due emails from the outbox, each in its own short transaction so that the
 * embedded database is not held for the whole batch. Safe to run in several processes at once.
 */
export async function sendDueEmails(options: { transport: MailTransport; now?: Date; limit?: number; db?: Database }): Promise<SendResult> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const result: SendResult = { sent: 0, failed: 0, deferred: 0, skipped: 0 };
  for (let i = 0; i < (options.limit ?? 20); i++) {
    const outcome = await db.transaction((tx) => deliverNext(tx, options.transport, now));
    if (outcome === "none") break;
    result[outcome]++;
  }
  return result;
}

function logLine(level: "info" | "warn", message: string, fields: Record<string, unknown> = {}) {
  logger()[level]({ worker: "mail", ...fields }, message);
}

/**
 * Runs sendDueEmails every `intervalMs` in the job runner (lib/jobs/runner.ts) until the returned
 * stop() is awaited: a full round goes again at once, a failed one is logged and retried with
 * backoff. One loop per process (a second call returns the first one's stop()).
 */
export function runMailLoop(options: {
  intervalMs: number;
  transport: MailTransport;
  limit?: number;
  /** false in the standalone worker, where the loop is what keeps the process alive. */
  unref?: boolean;
}): () => Promise<void> {
  const limit = options.limit ?? 20;
  return startJob({
    name: "mail-outbox",
    intervalMs: options.intervalMs,
    unref: options.unref,
    round: async () => {
      const result = await sendDueEmails({ transport: options.transport, limit });
      if (result.sent + result.failed + result.skipped > 0) logLine(result.failed ? "warn" : "info", "mail round", result);
      // A full round means more may be waiting: go again at once instead of after the interval.
      return { busy: result.sent + result.failed + result.deferred + result.skipped >= limit };
    },
  });
}

const store = globalThis as unknown as { __kakehashiMailWorker?: () => Promise<void> };

/**
 * Starts the in-process mail worker once per process (Next re-evaluates modules in development).
 * MAIL_WORKER=off leaves sending to `npm run mail:work`; in production without SMTP_URL nothing is
 * sent and emails wait in the outbox.
 */
export function startMailWorker(options: { intervalMs: number }): () => Promise<void> {
  if (store.__kakehashiMailWorker) return store.__kakehashiMailWorker;
  if (env("MAIL_WORKER") === "off") return async () => {};
  let configured: ReturnType<typeof transportFromEnv>;
  try {
    configured = transportFromEnv();
  } catch (error) {
    logError(newRequestId(), error, { worker: "mail", hint: "SMTP_URL is not a valid smtp:// or smtps:// URL" });
    return async () => {};
  }
  if (!configured) {
    logLine("warn", "SMTP_URL is not set: emails stay queued in email_outbox until it is");
    return async () => {};
  }
  logLine("info", "mail worker started", { mode: configured.mode, intervalMs: options.intervalMs });
  const stop = runMailLoop({ intervalMs: options.intervalMs, transport: configured.transport });
  store.__kakehashiMailWorker = async () => {
    store.__kakehashiMailWorker = undefined;
    await stop();
  };
  return store.__kakehashiMailWorker;
}
