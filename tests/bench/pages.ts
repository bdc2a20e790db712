// `npm run bench:pages [-- --seconds 5 --connections 20 --rounds 1 --skip-data --skip-build]`:
// the main pages measured through HTTP against the floor (../shared/floor: a minimal Next page
// reading one row by primary key) in the same minute. Loads the scale data (page-data.ts) into
// BENCH_DATABASE_URL (default kk_perf_bench), builds and starts the app there (port 3105), copies
// the floor to a temporary folder and starts it on PostgreSQL (port 3205, FLOOR_DATABASE_URL),
// signs in an SME and a distributor, and loads each page with autocannon right after the floor's
// page. Prints throughput, p50/p99, errors, the server's CPU milliseconds per request and the ratio
// to the floor, with the load average; at the end the app server's peak RSS.
// BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the app server.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { benchAccounts, benchMembers, benchPassword, loadScaleData } from "./page-data";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    rounds: { type: "string", default: "1" },
    "skip-data": { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    floor: { type: "string" },
    only: { type: "string" },
    // Search through HTTP instead of the page list: one user, ten queries with and without filters.
    search: { type: "boolean", default: false },
    requests: { type: "string", default: "40" },
  },
});
const appPort = Number(process.env.BENCH_APP_PORT ?? 3105);
const floorPort = Number(process.env.BENCH_FLOOR_PORT ?? 3205);
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kk_perf_bench";
const floorUrl = process.env.FLOOR_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kk_perf_floor";
const root = path.resolve(import.meta.dirname, "../..");
process.env.DATABASE_URL = url;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.pid && process.kill(-c.pid, "SIGTERM")));
// The servers run in process groups of their own (detached): a stop signal must end them too, by
// way of the exit handler above, which Node skips when a signal ends the process.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  return child;
}

/** CPU seconds (user + system) used so far by a server's process group: less moved by other load than req/s. */
function cpuSeconds(child: ChildProcess): number {
  const pids = spawnSync("ps", ["-o", "pid=", "-g", String(child.pid)], { encoding: "utf8" })
    .stdout.trim()
    .split(/\s+/)
    .filter(Boolean);
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields 14 and 15 of /proc/PID/stat, after the parenthesized command name: utime, stime.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

async function waitFor(address: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(address)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
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
async function signIn(email: string): Promise<string> {
  const base = `http://127.0.0.1:${appPort}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
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
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password: benchPassword, callbackUrl: `${base}/ja/dashboard` }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in of ${email} failed (${response.status})`);
  return cookieHeader();
}

type Figures = { rps: number; p50: number; p99: number; errors: number; cpuMs: number };

async function measure(server: ChildProcess, address: string, cookie?: string): Promise<Figures> {
  const cpuBefore = cpuSeconds(server);
  const result = await autocannon({
    url: address,
    duration: Number(values.seconds),
    connections: Number(values.connections),
    headers: cookie ? { cookie } : {},
  });
  const cpuMs = (1000 * (cpuSeconds(server) - cpuBefore)) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, cpuMs };
}

if (!values["skip-data"]) await loadScaleData(url);
const { inquiryId, productId, smeCompanyId } = await benchMembers();
if (!values["skip-build"] || !existsSync(path.join(root, ".next/BUILD_ID"))) {
  if (spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" }).status !== 0) throw new Error("next build failed");
}
const floorDir = prepareFloor();
const floorServer = start("npx", ["next", "start", "-p", String(floorPort), "-H", "127.0.0.1"], floorDir, { DATABASE_URL: floorUrl, NODE_ENV: "production" });
// BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the app server (written when it stops).
const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const appServer = start("node", [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(appPort), "-H", "127.0.0.1"], root, {
  DATABASE_URL: url,
  NODE_ENV: "production",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-not-for-production-0123456789",
});
await waitFor(`http://127.0.0.1:${floorPort}/`);
await waitFor(`http://127.0.0.1:${appPort}/ja`);
const smeCookie = await signIn(benchAccounts.sme.email);
const distributorCookie = await signIn(benchAccounts.distributor.email);

const app = `http://127.0.0.1:${appPort}`;
const pages: [string, string, string | undefined][] = [
  ["landing", `${app}/ja`, undefined],
  ["search (zh query, 2 filters)", `${app}/zh/search?q=${encodeURIComponent("陶瓷")}&type=product&lang=ja`, distributorCookie],
  ["product", `${app}/zh/products/${productId}`, distributorCookie],
  ["profile", `${app}/zh/companies/${smeCompanyId}`, distributorCookie],
  ["matches (SME)", `${app}/ja/matches`, smeCookie],
  ["matches (distributor)", `${app}/zh/matches`, distributorCookie],
  ["dashboard", `${app}/ja/dashboard`, smeCookie],
  ["thread", `${app}/ja/inquiries/${inquiryId}`, smeCookie],
];
const floor = `http://127.0.0.1:${floorPort}/`;
// One warm-up request each: the first render compiles nothing in production, but fills caches.
const htmlBytes = new Map<string, number>();
for (const [name, address, cookie] of pages) {
  const response = await fetch(address, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${name}: ${address} answered ${response.status}`);
  htmlBytes.set(name, (await response.arrayBuffer()).byteLength);
}
await fetch(floor);

if (values.search) {
  await searchLatencies(distributorCookie);
  process.exit(0);
}

console.log(`${values.seconds} s per measurement, ${values.connections} connections; ratio = page req/s ÷ floor req/s measured just before`);
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const [name, address, cookie] of pages) {
    if (values.only && !name.startsWith(values.only)) continue;
    const loadBefore = load();
    const base = await measure(floorServer, floor);
    const page = await measure(appServer, address, cookie);
    console.log(
      `${name.padEnd(30)} ${(htmlBytes.get(name)! / 1024).toFixed(0).padStart(4)} KB ${page.rps.toFixed(1).padStart(7)} req/s  p50 ${String(page.p50).padStart(5)} ms  p99 ${String(page.p99).padStart(5)} ms  errors ${page.errors}  CPU ${page.cpuMs.toFixed(1)} ms/req` +
        ` | floor ${base.rps.toFixed(1)} req/s p99 ${base.p99} ms CPU ${base.cpuMs.toFixed(1)} ms/req | ratio ${(page.rps / base.rps).toFixed(2)} | load ${loadBefore} → ${load()}`,
    );
  }
}
const peak = readFileSync(`/proc/${appServer.pid}/status`, "utf8").match(/VmHWM:\s+(\d+)/)?.[1];
console.log(`app server peak RSS ${(Number(peak) / 1024).toFixed(0)} MB`);
process.exit(0);

/** Milliseconds of `count` requests made one after another, sorted. */
async function latencies(address: string, count: number, cookie?: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(address, { headers: cookie ? { cookie } : {} });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${address}: ${response.status}`);
    out.push(performance.now() - started);
  }
  return out.sort((a, b) => a - b);
}

async function searchLatencies(cookie: string) {
  const queries = ["陶瓷", "陶磁器", "包丁", "菜刀", "tea", "抹茶", "タオル", "清酒", "和纸", "iron kettle"];
  const filters = ["", "&type=product&lang=ja", "&region=JP-15&channel=department_store"];
  const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  const count = Number(values.requests);
  console.log(
    `search through HTTP, one user, ${count} requests each, one at a time (p50 / p95 ms); "first": the first request of each, ` +
      `CPU: the web server's CPU per request after the first (PostgreSQL's not counted), ` +
      `which computes the result (the others may be answered from the exact search cache unless the server runs with SEARCH_CACHE=off)`,
  );
  for (const query of queries) {
    for (const filter of filters) {
      const loadBefore = load();
      const floorTimes = await latencies(floor, count);
      const address = `${app}/zh/search?q=${encodeURIComponent(query)}${filter}`;
      const [first] = await latencies(address, 1, cookie);
      const cpuBefore = cpuSeconds(appServer);
      const times = await latencies(address, count, cookie);
      const cpuMs = (1000 * (cpuSeconds(appServer) - cpuBefore)) / count;
      console.log(
        `${(query + filter).padEnd(48)} first ${first!.toFixed(1).padStart(6)}  p50 ${at(times, 0.5).padStart(6)}  p95 ${at(times, 0.95).padStart(6)}  CPU ${cpuMs.toFixed(1)} ms/req | floor p50 ${at(floorTimes, 0.5)} p95 ${at(floorTimes, 0.95)} | load ${loadBefore}`,
      );
    }
  }
}
