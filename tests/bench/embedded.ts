// `npm run bench:embedded [-- --runs 3 --seconds 5 --connections 20 --cold 50 --skip-build --floor DIR]`:
// the app on its embedded default database (no DATABASE_URL), measured through HTTP.
// Per run: seeds a fresh embedded folder with the demo data (db/cli/prepare.ts, as `npm run dev`
// does), starts `server.mjs` on it (port BENCH_APP_PORT, default 3103), signs in the demo SME,
// stops the server and starts it again, and the moment it listens sends `--cold` signed-in
// requests at once (dashboard, matches, search in turn; 10 s timeout each): how many are
// answered, the first and the last. Then the warm throughput of each page with autocannon, each
// right after the floor's page (../shared/floor, copied to a temporary folder and built, on
// PostgreSQL FLOOR_DATABASE_URL, default kk_embedded; port BENCH_FLOOR_PORT, default 3203),
// printed as the ratio to it. The load average is printed beside each figure.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    cold: { type: "string", default: "50" },
    "skip-build": { type: "boolean", default: false },
    floor: { type: "string" },
  },
});
const root = path.resolve(import.meta.dirname, "../..");
const appPort = Number(process.env.BENCH_APP_PORT ?? 3103);
const floorPort = Number(process.env.BENCH_FLOOR_PORT ?? 3203);
const floorUrl = process.env.FLOOR_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kk_embedded";
const dataDir = path.join(root, ".data/bench-embedded");
const app = `http://127.0.0.1:${appPort}`;
const floor = `http://127.0.0.1:${floorPort}/`;
const appEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: "",
  PGLITE_DIR: dataDir,
  NODE_ENV: "production",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-not-for-production-0123456789",
  APP_URL: app,
  LOG_LEVEL: "warn",
};

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const children = new Set<ChildProcess>();
process.on("exit", () => children.forEach((c) => c.pid && c.exitCode === null && process.kill(-c.pid, "SIGKILL")));
// The servers run in process groups of their own (detached): a stop signal must end them too, by
// way of the exit handler above, which Node skips when a signal ends the process.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM"); // its whole group: `npx next start` leaves next-server behind otherwise
  await exited;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitFor(address: string, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(address)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${address} did not answer within ${timeoutMs / 1000} s`);
}

function prepareFloor(): string {
  if (values.floor) return values.floor;
  const dir = mkdtempSync(path.join(tmpdir(), "kk-floor-"));
  cpSync(path.resolve(root, "../shared/floor"), dir, { recursive: true });
  for (const args of [
    ["install", "--no-audit", "--no-fund"],
    ["run", "build"],
  ]) {
    if (spawnSync("npm", args, { cwd: dir, stdio: "inherit" }).status !== 0) throw new Error(`npm ${args.join(" ")} failed in the floor`);
  }
  return dir;
}

/** Signs in through Auth.js's credentials callback, as the sign-in form does; returns the Cookie header. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${app}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  keep(csrf);
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${app}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${app}/ja/dashboard` }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in of ${email} failed (${response.status})`);
  return cookieHeader();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with ${result.status}`);
}

const signedIn: [string, string][] = [
  ["dashboard", `${app}/ja/dashboard`],
  ["matches", `${app}/ja/matches`],
  ["search", `${app}/ja/search?q=${encodeURIComponent("陶磁器")}&type=product&lang=ja`],
];

/** `count` signed-in requests sent at once; milliseconds to each answer (from `from`), or null after 10 s. */
async function coldBurst(cookie: string, count: number, from: number) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const [name, address] = signedIn[i % signedIn.length]!;
      try {
        const response = await fetch(address, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        return { name, ms: response.status === 200 ? performance.now() - from : null, status: response.status };
      } catch {
        return { name, ms: null, status: 0 };
      }
    }),
  );
}

type Figures = { rps: number; p50: number; p99: number; errors: number };
async function measure(address: string, cookie?: string): Promise<Figures> {
  const result = await autocannon({
    url: address,
    duration: Number(values.seconds),
    connections: Number(values.connections),
    headers: cookie ? { cookie } : {},
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

if (!values["skip-build"] || !existsSync(path.join(root, ".next/BUILD_ID"))) run("npx", ["next", "build"], process.env);
const floorDir = prepareFloor();
const floorServer = start("npx", ["next", "start", "-p", String(floorPort), "-H", "127.0.0.1"], floorDir, {
  ...process.env,
  DATABASE_URL: floorUrl,
  NODE_ENV: "production",
});
await waitFor(floor);

for (let round = 1; round <= Number(values.runs); round++) {
  console.log(`\n--- run ${round} (${new Date().toISOString()}), load ${load()}`);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.lock`, { force: true });
  run("npx", ["tsx", "--conditions=react-server", "db/cli/prepare.ts"], appEnv); // as `npm run dev`: migrate and seed
  let server = start("node", ["server.mjs", "-p", String(appPort), "-H", "127.0.0.1"], root, appEnv);
  await waitFor(`${app}/api/health`);
  const cookie = await signIn("sme@demo.kakehashi.jp", "kakehashi-demo-2026");
  for (const [name, address] of signedIn) {
    const response = await fetch(address, { headers: { cookie }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${name}: ${address} answered ${response.status}`);
  }
  await stop(server);

  // Cold: a new server process on the same folder, hit the moment it accepts connections.
  const loadBefore = load();
  const spawned = performance.now();
  server = start("node", ["server.mjs", "-p", String(appPort), "-H", "127.0.0.1"], root, appEnv);
  while (!(await listening(appPort))) await new Promise((r) => setTimeout(r, 20));
  const listeningMs = performance.now() - spawned;
  const hit = performance.now();
  const answers = await coldBurst(cookie, Number(values.cold), hit);
  const times = answers.flatMap((a) => (a.ms === null ? [] : [a.ms])).sort((a, b) => a - b);
  const byPage = signedIn
    .map(([name]) => `${name} ${answers.filter((a) => a.name === name && a.ms !== null).length}/${answers.filter((a) => a.name === name).length}`)
    .join(", ");
  console.log(
    `cold start: listening ${(listeningMs / 1000).toFixed(1)} s after spawn; ${times.length} of ${answers.length} signed-in requests answered 200 within 10 s (${byPage});` +
      ` first ${times.length ? (times[0]! / 1000).toFixed(2) : "-"} s, median ${times.length ? (times[Math.floor(times.length / 2)]! / 1000).toFixed(2) : "-"} s, last ${times.length ? (times.at(-1)! / 1000).toFixed(2) : "-"} s after listening` +
      ` | load ${loadBefore} → ${load()}`,
  );
  const failed = answers.filter((a) => a.ms === null);
  if (failed.length) console.log(`  not answered: ${failed.map((a) => `${a.name}:${a.status || "timeout"}`).join(" ")}`);

  // Warm: each page after the floor's, same connections and duration.
  const pages: [string, string, string | undefined][] = [
    ["landing", `${app}/ja`, undefined],
    ...signedIn.map(([name, address]): [string, string, string] => [name, address, cookie]),
  ];
  for (const [name, address, pageCookie] of pages) {
    const before = load();
    const base = await measure(floor);
    const page = await measure(address, pageCookie);
    console.log(
      `warm ${name.padEnd(10)} ${page.rps.toFixed(1).padStart(7)} req/s  p50 ${String(page.p50).padStart(5)} ms  p99 ${String(page.p99).padStart(5)} ms  errors ${page.errors}` +
        ` | floor ${base.rps.toFixed(1)} req/s p99 ${base.p99} ms | ratio ${(page.rps / base.rps).toFixed(2)} | load ${before} → ${load()}`,
    );
  }
  await stop(server);
}
await stop(floorServer);
process.exit(0);
