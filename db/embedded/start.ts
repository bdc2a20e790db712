/**
 * Starts the embedded database server (server.mjs) as a child of this process, for the app
 * (instrumentation.ts) and the tests. The child has an IPC channel: it reports when it serves,
 * and it stops when this process goes away, however it ends. A folder still held by a server that
 * is starting or stopping (a dev server restarting) is waited for, up to `waitMs`; one held by a
 * running app or a command is refused with an EmbeddedBusyError naming it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { EmbeddedBusyError, busyMessage, readLock } from "./lock.mjs";

export interface EmbeddedServer {
  pid: number;
  socket: string;
  /** How long opening the data folder took, in the child. */
  openedMs: number;
  /** Stops the server (it closes the database and releases the folder) and waits for it to exit. */
  stop(): Promise<void>;
}

type Report = { type: "ready"; socket: string; pid: number; openedMs: number } | { type: "error"; message: string; busy?: boolean };

export const serverScript = () => path.resolve(process.cwd(), "db/embedded/server.mjs");

function launch(dir: string): Promise<{ child: ChildProcess; report: Report }> {
  const child = spawn(process.execPath, [serverScript(), dir], {
    // Its own process group: Ctrl-C in the terminal reaches the app, which then goes away, and
    // the server follows once the app has finished with it.
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (report: Report) => resolve({ child, report }));
    child.once("error", reject);
    // A report sent just before exiting may be delivered after the exit event.
    child.once("exit", (code) => setTimeout(() => reject(new Error(`The embedded database server exited (${code}) before it was ready.`)), 50));
  });
}

export async function startEmbeddedServer(dir: string, { waitMs = 10_000 }: { waitMs?: number } = {}): Promise<EmbeddedServer> {
  const until = Date.now() + waitMs;
  for (;;) {
    const { child, report } = await launch(dir);
    if (report.type === "ready") {
      child.removeAllListeners("exit");
      // Neither keeps this process alive: the app's own server does.
      child.unref();
      child.channel?.unref();
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      return {
        pid: report.pid,
        socket: report.socket,
        openedMs: report.openedMs,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          await exited;
        },
      };
    }
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once("exit", resolve));
    if (!report.busy) throw new Error(report.message);
    const holder = readLock(dir);
    const passing = holder?.mode === "server" && holder.state !== "serving" && Date.now() < until;
    if (holder && !passing) throw new EmbeddedBusyError(busyMessage(dir, holder), holder);
    await new Promise((resolve) => setTimeout(resolve, 200)); // gone meanwhile, or starting / stopping
  }
}

const store = globalThis as unknown as { __kakehashiEmbeddedServer?: Promise<EmbeddedServer> };

/** startEmbeddedServer once per process (Next may evaluate instrumentation more than once). */
export function ensureEmbeddedServer(dir: string): Promise<EmbeddedServer> {
  store.__kakehashiEmbeddedServer ??= startEmbeddedServer(dir).catch((error: unknown) => {
    store.__kakehashiEmbeddedServer = undefined;
    throw error;
  });
  return store.__kakehashiEmbeddedServer;
}
