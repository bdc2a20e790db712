import type { Instrumentation } from "next";

/**
 * Logs every unexpected server error once, under the digest that the error page shows the user as
 * its reference, so that a support request can be traced to the log line.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const err = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      level: "error",
      requestId: err.digest,
      message: err.message,
      stack: err.stack,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    }),
  );
};

/**
 * Starts this instance's background jobs: the match queue worker (recomputes matches after a
 * company, product, channel or need changes, so saving a form is not slowed by it) and the mail
 * worker (sends the email outbox). Several instances may run both: rows are claimed with SKIP
 * LOCKED. KAKEHASHI_WORKERS=off disables both (instances that only serve requests); MAIL_WORKER=off
 * only the mail worker (when `npm run mail:work` runs on its own).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.KAKEHASHI_WORKERS === "off") return;
  const { startMatchWorker } = await import("@/lib/matching/queue");
  startMatchWorker({ intervalMs: Number(process.env.MATCH_WORKER_INTERVAL_MS ?? 5000) });
  if (process.env.MAIL_WORKER !== "off") {
    const { startMailWorker } = await import("@/lib/notifications/worker");
    startMailWorker({ intervalMs: Number(process.env.MAIL_WORKER_INTERVAL_MS ?? 15000) });
  }
}
