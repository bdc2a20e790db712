// What the web server does once at start (instrumentation.ts calls it, in the Node.js runtime only).

/**
 * Validates the configuration (a bad variable stops the server, naming it), starts the embedded
 * database's own process when DATABASE_URL is unset (db/embedded; a folder another app holds
 * stops this one), registers what a graceful shutdown finishes (server.mjs runs it on SIGTERM), watches the database (see
 * lib/database-state.ts), then starts this instance's background jobs: the match queue worker (recomputes matches after a company,
 * product, channel or need changes, so saving a form is not slowed by it) and the mail worker
 * (sends the email outbox). Several instances may run both: rows are claimed with SKIP LOCKED.
 * KAKEHASHI_WORKERS=off disables both (instances that only serve requests); MAIL_WORKER=off only
 * the mail worker (when `npm run mail:work` runs on its own).
 */
export async function startServer(): Promise<void> {
  try {
    await boot();
  } finally {
    // server.mjs listens only once this has run (see bootDone there): requests that arrived
    // before the database process served would each wait for it, and then all render at once.
    (globalThis as unknown as { __kakehashiBootDone?: () => void }).__kakehashiBootDone?.();
  }
}

async function boot(): Promise<void> {
  const { loadEnvOrExit } = await import("@/lib/env");
  const config = loadEnvOrExit();
  const { installShutdown, onShutdown } = await import("@/lib/shutdown");
  const { closeDb } = await import("@/db/client");
  installShutdown();
  if (!config.DATABASE_URL) {
    // The embedded database in a process of its own (db/embedded/server.mjs), so that its
    // queries do not run on this event loop. It stops after the pool below has closed (and by
    // itself whenever this process ends); a data folder another app serves stops this one here.
    const { ensureEmbeddedServer } = await import("@/db/embedded/start");
    const path = await import("node:path");
    try {
      const server = await ensureEmbeddedServer(path.resolve(config.PGLITE_DIR));
      onShutdown(server.stop);
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  }
  onShutdown(closeDb); // after the workers below have finished their current job
  if (config.DATABASE_URL) {
    const { startDatabaseMonitor } = await import("@/lib/database-state");
    onShutdown(startDatabaseMonitor());
  }
  if (config.KAKEHASHI_WORKERS === "off") return;
  const { startMatchWorker } = await import("@/lib/matching/queue");
  onShutdown(startMatchWorker({ intervalMs: config.MATCH_WORKER_INTERVAL_MS }));
  // Reminders about chamber introductions that went quiet (each sent once; see lib/chamber/followups.ts).
  const { startIntroductionReminders } = await import("@/lib/chamber/reminder-job");
  onShutdown(startIntroductionReminders());
  // Reply figures and the reminders about unanswered first messages (lib/trust).
  const { startTrustJob } = await import("@/lib/trust/job");
  onShutdown(startTrustJob());
  // Overdue-sample flags (each once) and expired needs leaving search (lib/samples/flags.ts).
  const { startSampleFlags } = await import("@/lib/samples/job");
  onShutdown(startSampleFlags());
  // Follow-ups 7, 30 and 90 days after a business talk whose deal has not moved (lib/events/followups.ts).
  const { startEventFollowups } = await import("@/lib/events/followup-job");
  onShutdown(startEventFollowups());
  // Saved searches' daily and weekly digests (each item told once; see lib/saved-searches/digest.ts).
  const { startDigestJob } = await import("@/lib/saved-searches/job");
  onShutdown(startDigestJob({ intervalMs: config.DIGEST_JOB_INTERVAL_MS }));
  if (config.MAIL_WORKER !== "off") {
    const { startMailWorker } = await import("@/lib/notifications/worker");
    onShutdown(startMailWorker({ intervalMs: config.MAIL_WORKER_INTERVAL_MS }));
  }
}
