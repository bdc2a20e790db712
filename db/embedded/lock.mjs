// The embedded database's lock file, `<PGLITE_DIR>.lock` beside the data folder: PGlite keeps no
// lock of its own, and two processes writing one data folder corrupt it. Whoever opens the folder
// holds the lock: the embedded server (db/embedded/server.mjs, started with the app), or a command
// that opens the folder itself while no server runs (migrations, backups, imports). The file says
// who: { pid, mode: "server" | "direct", state: "starting" | "serving" | "stopping", socket, command }.
// Plain JavaScript: server.mjs runs under plain Node, db/client.ts imports it too.
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

/** @typedef {{ pid: number, mode: "server" | "direct", state: "starting" | "serving" | "stopping", socket?: string, command: string, since: string }} LockInfo */

export class EmbeddedBusyError extends Error {
  /** @param {string} message @param {LockInfo} holder */
  constructor(message, holder) {
    super(message);
    this.name = "EmbeddedBusyError";
    this.holder = holder;
  }
}

/** @param {string} dir */
export const lockPathOf = (dir) => `${path.resolve(dir)}.lock`;

/**
 * The Unix socket the embedded server listens on: `<PGLITE_DIR>.sock`, or a name in the temporary
 * folder derived from it when that path is longer than a socket address may be (107 bytes).
 * @param {string} dir
 */
export function socketPathOf(dir) {
  const beside = `${path.resolve(dir)}.sock`;
  if (Buffer.byteLength(beside) <= 100) return beside;
  return path.join(tmpdir(), `kakehashi-${createHash("sha256").update(beside).digest("hex").slice(0, 16)}.sock`);
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EPERM") return false;
  }
  // A recycled pid belonging to something else is not our holder.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true; // no /proc: trust the signal check
  }
}

/**
 * Who holds the data folder now, or null (no lock, or one left behind by a process that died).
 * @param {string} dir
 * @returns {LockInfo | null}
 */
export function readLock(dir) {
  let info;
  try {
    info = /** @type {LockInfo} */ (JSON.parse(readFileSync(lockPathOf(dir), "utf8")));
  } catch {
    return null;
  }
  return info && typeof info.pid === "number" && alive(info.pid) ? info : null;
}

/** @param {string} command */
function describeCommand(command) {
  return command.length > 80 ? `${command.slice(0, 77)}...` : command;
}

/** @param {string} dir @param {LockInfo} holder */
export function busyMessage(dir, holder) {
  const what = holder.mode === "server" ? "the running app's embedded database server" : `\`${describeCommand(holder.command)}\``;
  return (
    `The embedded database in ${path.relative(process.cwd(), path.resolve(dir)) || dir} is in use by ${what} (process ${holder.pid}). ` +
    (holder.mode === "server"
      ? "Stop that app first (Ctrl-C in its terminal), or set DATABASE_URL to run several instances on PostgreSQL."
      : "Wait for it to finish or stop it, then try again.")
  );
}

/**
 * Takes the lock for this process, or throws EmbeddedBusyError naming its live holder. A lock
 * left by a dead process is taken over.
 * @param {string} dir
 * @param {{ mode: "server" | "direct", socket?: string }} options
 * @returns {{ update(state: LockInfo["state"]): void, release(): void }}
 */
export function acquireLock(dir, options) {
  const file = lockPathOf(dir);
  mkdirSync(path.dirname(file), { recursive: true }); // a fresh clone has no .data yet
  /** @type {LockInfo} */
  const info = {
    pid: process.pid,
    mode: options.mode,
    state: options.mode === "server" ? "starting" : "serving",
    socket: options.socket,
    command: process.argv
      .slice(1)
      .map((a) => path.relative(process.cwd(), a) || a)
      .join(" "),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(info), { flag: "wx", mode: 0o600 });
      let released = false;
      return {
        update(state) {
          if (released) return;
          info.state = state;
          writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
        },
        release() {
          if (released) return;
          released = true;
          const now = readLockRaw(file);
          if (now?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
      const holder = readLock(dir);
      if (holder) throw new EmbeddedBusyError(busyMessage(dir, holder), holder);
      // Stale: its process is gone. Remove it unless someone else replaced it meanwhile.
      const stale = readLockRaw(file);
      if (stale && alive(stale.pid)) continue;
      try {
        unlinkSync(file);
      } catch {
        // another process removed it first
      }
    }
  }
  throw new Error(`Could not take the lock ${file}.`);
}

/** @param {string} file @returns {LockInfo | null} */
function readLockRaw(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
