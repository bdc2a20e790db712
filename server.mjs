// The production server (`npm start`): Next's request handler behind our own HTTP server, for what
// `next start` does not do.
// - Outages: while lib/database-state.ts's probe finds the database unreachable, page requests
//   get the localized 503 page at once (with Retry-After) instead of each failing slowly against it.
// - Graceful shutdown on SIGTERM/SIGINT: stop accepting, close idle keep-alive connections and
//   answer every further request on a busy one with `Connection: close`, finish the requests in
//   flight, then the workers' current job and the database pool (lib/shutdown.ts), and exit within
//   SHUTDOWN_BUDGET_MS; `next start` kept serving keep-alive clients for as long as they talked.
// - Server action posts that cannot be read: a localized 400 instead of Next's 500, and a body over
//   the action limit a localized 413 before it is read (lib/http/action-guard.js).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import pino from "pino";
import { ACTION_BODY_LIMIT_BYTES, guardActionPost, isActionPost } from "./lib/http/action-guard.js";

// As `next start` does: this is the production server whatever the shell says.
process.env.NODE_ENV = "production";

const SHUTDOWN_BUDGET_MS = 4500;
const locales = ["ja", "zh", "en"];

const { values } = parseArgs({
  options: { port: { type: "string", short: "p", default: "3000" }, hostname: { type: "string", short: "H", default: "0.0.0.0" } },
});
const port = Number(values.port);
const dir = path.dirname(new URL(import.meta.url).pathname);

const log = pino({ base: { pid: process.pid } });

// Next runs instrumentation.ts (lib/ops/boot.ts: the configuration, the embedded database's own
// process, the workers) while it prepares, without waiting for it: this server listens only once
// it has finished, so that the first requests find the database serving instead of each waiting
// for its process to open the data folder, and then all rendering at once.
const BOOT_BUDGET_MS = 120_000;
const booted = new Promise((resolve) => {
  const timer = setTimeout(() => resolve("timeout"), BOOT_BUDGET_MS);
  globalThis.__kakehashiBootDone = () => {
    clearTimeout(timer);
    resolve("done");
  };
});
const app = next({ dev: false, dir, hostname: values.hostname, port });
const handle = app.getRequestHandler();

const catalogue = Object.fromEntries(locales.map((locale) => [locale, JSON.parse(readFileSync(path.join(dir, "messages", `${locale}.json`), "utf8"))]));
const unavailableText = Object.fromEntries(locales.map((locale) => [locale, catalogue[locale].ops]));
const actionTexts = Object.fromEntries(
  locales.map((locale) => [
    locale,
    {
      locale,
      badRequest: catalogue[locale].errors.invalidInput,
      tooLarge: catalogue[locale].errors.bodyTooLarge.replace("{max}", String(ACTION_BODY_LIMIT_BYTES / 1024 / 1024)),
    },
  ]),
);

function localeOf(request) {
  const first = (request.url ?? "/").split("/")[1]?.split("?")[0];
  if (locales.includes(first)) return first;
  const accepted = (request.headers["accept-language"] ?? "").toLowerCase();
  return locales.find((locale) => accepted.startsWith(locale)) ?? "en";
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function unavailablePage(locale) {
  const t = unavailableText[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="5"><title>${escape(t.unavailableTitle)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6">
<h1 data-testid="unavailable-title">${escape(t.unavailableTitle)}</h1><p>${escape(t.unavailableBody)}</p>
<p><a href="">${escape(t.unavailableRetry)}</a></p></body></html>`;
}

/** Pages (not API routes, assets or server actions, which answer for themselves). */
function isPageRequest(request) {
  const url = request.url ?? "/";
  return (request.method === "GET" || request.method === "HEAD") && !url.startsWith("/api/") && !url.startsWith("/_next/") && !request.headers["next-action"];
}

let draining = false;
let inFlight = 0;
let drained = () => {};

const server = createServer((request, response) => {
  inFlight++;
  response.once("close", () => {
    inFlight--;
    if (draining) {
      server.closeIdleConnections();
      if (inFlight === 0) drained();
    }
  });
  if (draining) response.setHeader("Connection", "close");
  if (globalThis.__kakehashiDatabaseDown && isPageRequest(request)) {
    const body = unavailablePage(localeOf(request));
    response.writeHead(503, { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  if (isActionPost(request) && guardActionPost(request, response, actionTexts[localeOf(request)])) return;
  handle(request, response).catch((error) => {
    log.error({ err: error, path: request.url }, "request handler failed");
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});

async function shutdown(signal) {
  if (draining) return;
  draining = true;
  const started = Date.now();
  const force = setTimeout(() => {
    log.error({ signal, inFlight }, "shutdown budget spent: closing what is left");
    server.closeAllConnections();
    process.exit(1);
  }, SHUTDOWN_BUDGET_MS);
  force.unref();
  const requestsDone = new Promise((resolve) => {
    drained = resolve;
    if (inFlight === 0) resolve();
  });
  server.close();
  server.closeIdleConnections();
  await requestsDone;
  try {
    await globalThis.__kakehashiShutdown?.();
    await app.close?.();
  } catch (error) {
    log.error({ err: error }, "shutdown hook failed");
  }
  log.info({ signal, tookMs: Date.now() - started }, "shut down");
  process.exit(0);
}

await app.prepare();
if ((await booted) === "timeout") log.warn({ waitedMs: BOOT_BUDGET_MS }, "instrumentation had not finished: listening anyway");
server.keepAliveTimeout = 5000;
server.listen(port, values.hostname, () => {
  log.info({ url: `http://${values.hostname}:${port}` }, "listening");
});
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
