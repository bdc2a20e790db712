/**
 * A PostgreSQL cluster of the operations tests' own (port 5499, under /tmp) that they can stop and
 * start, and the production server (server.mjs, from the existing build) pointed at it.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

// Debian's server binaries, of the newest version installed (pg_ctl and initdb are not on PATH).
const bin = `/usr/lib/postgresql/${readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a))[0]}/bin`;
export const CLUSTER_PORT = 5499;
export const databaseUrl = `postgres://postgres@127.0.0.1:${CLUSTER_PORT}/kakehashi`;
const root = process.cwd(); // Playwright runs from the repository root

// initdb and postgres refuse to run as root: run them as the postgres user when we are root.
function asPostgres(command: string, args: string[]): void {
  const [file, argv] = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: "pipe" });
}

export class Cluster {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), "kakehashi-outage-"));

  create(): void {
    chmodSync(this.dir, 0o777);
    const data = path.join(this.dir, "data");
    asPostgres(`${bin}/initdb`, ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
    this.start();
    execFileSync("psql", ["-h", "127.0.0.1", "-p", String(CLUSTER_PORT), "-U", "postgres", "-c", "create database kakehashi"], { stdio: "pipe" });
    execFileSync("npx", ["tsx", "--conditions=react-server", "db/cli/prepare.ts", "--no-seed"], {
      cwd: root,
      stdio: "pipe",
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test" },
    });
  }

  start(): void {
    const data = path.join(this.dir, "data");
    asPostgres(`${bin}/pg_ctl`, [
      "-D",
      data,
      "-l",
      path.join(this.dir, "log"),
      "-o",
      `-p ${CLUSTER_PORT} -k ${this.dir} -c listen_addresses=127.0.0.1`,
      "-w",
      "start",
    ]);
  }

  /** A fast shutdown: open sessions are cut, as when a managed database fails over. */
  stop(): void {
    asPostgres(`${bin}/pg_ctl`, ["-D", path.join(this.dir, "data"), "-m", "fast", "-w", "stop"]);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  async query<T extends object>(text: string, params: string[] = []): Promise<T[]> {
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      return (await sql.unsafe(text, params)) as unknown as T[];
    } finally {
      await sql.end();
    }
  }
}

export const serverPort = Number(process.env.E2E_PORT ?? 3100) + 10;
export const serverUrl = `http://127.0.0.1:${serverPort}`;

/** Starts server.mjs on the cluster and waits until /api/health answers. */
export async function startServer(
  port = serverPort,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; exited: Promise<{ code: number | null; at: number }>; output: () => string }> {
  let output = "";
  const child = spawn("node", ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "ops-e2e-only-secret-0123456789abcdef", NODE_ENV: "production", MAIL_WORKER: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once("exit", (code) => resolve({ code, at: performance.now() })));
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, exited, output: () => output };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`server.mjs did not start:\n${output}`);
}

/** The sign-up form's hidden fields, so that it can be posted as a browser without JavaScript does. */
export async function signUpFormFields(locale: string, page: "sign-up" | "sign-in" = "sign-up"): Promise<Record<string, string>> {
  const response = await fetch(`${serverUrl}/${locale}/${page}`);
  const html = await response.text();
  if (!response.ok || !html.includes("$ACTION_REF_")) throw new Error(`no ${page} form (${response.status}):\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)) {
    fields[match[1]!] = (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  return fields;
}
