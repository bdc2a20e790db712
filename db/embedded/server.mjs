// The embedded database server: `node db/embedded/server.mjs DATA_DIR`. Opens the PGlite data
// folder in this process, away from the web server's event loop, and serves it on a Unix socket
// (serve.mjs) to the app and the CLIs. Started by the app (db/embedded/start.ts, from
// instrumentation.ts) as a child with an IPC channel: it tells the app when it is ready, and it
// stops when the app goes away, however the app ends (Ctrl-C, SIGTERM, a crash, SIGKILL: the
// channel closes with the process). SIGTERM and SIGINT sent to it directly stop it too.
// It holds the data folder's lock (lock.mjs) from before opening it until after closing it.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { EmbeddedBusyError, acquireLock, socketPathOf } from "./lock.mjs";
import { serve } from "./serve.mjs";

const dir = path.resolve(process.argv[2] ?? ".data/pglite");
const socket = socketPathOf(dir);
/** Tells the app (or, run by hand, the terminal); resolves once sent. */
const report = (msg) =>
  new Promise((resolve) => {
    if (process.send) process.send(msg, () => resolve(undefined));
    else resolve(console.log(JSON.stringify(msg)));
  });

let lock;
try {
  lock = acquireLock(dir, { mode: "server", socket });
} catch (error) {
  await report({ type: "error", message: error instanceof Error ? error.message : String(error), busy: error instanceof EmbeddedBusyError });
  process.exit(2);
}

let db;
let server;
let stopping = false;

async function stop(reason) {
  if (stopping) return;
  stopping = true;
  lock.update("stopping");
  try {
    await server?.stop();
    await db?.close();
  } catch (error) {
    process.stderr.write(`embedded database: stopping (${reason}) failed: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    lock.release();
    process.exit(0);
  }
}

process.on("disconnect", () => void stop("the app went away"));
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

try {
  mkdirSync(path.dirname(dir), { recursive: true });
  const started = Date.now();
  db = await PGlite.create(dir, { extensions: { pg_trgm } });
  server = await serve(db, socket);
  lock.update("serving");
  await report({ type: "ready", socket, pid: process.pid, openedMs: Date.now() - started });
} catch (error) {
  lock.release();
  await report({ type: "error", message: `The embedded database in ${dir} could not be opened: ${error instanceof Error ? error.message : String(error)}` });
  process.exit(1);
}
