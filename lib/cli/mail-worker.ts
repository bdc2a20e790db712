// `npm run mail:work [-- --interval 10000] [--pglite]`: sends queued emails until SIGINT/SIGTERM.
// For deployments that run the worker apart from the web app (set MAIL_WORKER=off on the app).
import { parseArgs } from "node:util";
import { closeDb, getDbHandle } from "@/db/client";
import { loadEnvOrExit } from "@/lib/env";
import { logger } from "@/lib/log";
import { runMailLoop } from "@/lib/notifications/worker";
import { transportFromEnv } from "@/lib/notifications/transport";

const config = loadEnvOrExit();
const { values } = parseArgs({
  options: { interval: { type: "string", default: String(config.MAIL_WORKER_INTERVAL_MS) }, pglite: { type: "boolean", default: false } },
});
const intervalMs = Number(values.interval);
if (!Number.isFinite(intervalMs) || intervalMs < 100) fail("--interval must be a number of milliseconds (at least 100).");
// An embedded database folder can be opened by one process only: the dev server's worker sends mail there.
if (!config.DATABASE_URL && !values.pglite) {
  fail(
    "mail:work needs DATABASE_URL (PostgreSQL). With the embedded database the app's own worker sends mail; pass --pglite only when the app is not running.",
  );
}
const configured = transportFromEnv();
if (!configured) fail("SMTP_URL is not set: nothing would be sent (in production the dev mailbox is off).");

await getDbHandle();
logger().info({ worker: "mail", mode: configured.mode, intervalMs }, "mail worker started");
const stop = runMailLoop({ intervalMs, transport: configured.transport, unref: false });

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    await closeDb();
    logger().info({ worker: "mail", signal }, "mail worker stopped");
    process.exit(0);
  });
}

function fail(message: string): never {
  logger().fatal(message);
  process.exit(1);
}
