// `npm run bench:import [-- --runs 3 --targets postgres,embedded --smes 16000 --distributors 4000]`:
// writes an independent member list (tests/bench/member-list.ts) in the exchange format and imports
// it the way an operator does, `npm run import -- FILE` under /usr/bin/time -v, into an empty
// database each run: PostgreSQL at BENCH_DATABASE_URL (its name must contain "bench"; its public
// schema is dropped first) and the embedded default in a fresh PGLITE_DIR. Prints wall time, peak
// RSS and the load average before each run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { memberList } from "./member-list";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    targets: { type: "string", default: "postgres,embedded" },
    smes: { type: "string", default: "16000" },
    distributors: { type: "string", default: "4000" },
    "products-per-sme": { type: "string", default: "6" },
    seed: { type: "string", default: "7" },
  },
});
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kk_perf_bench";
const targets = values.targets.split(",");
if (targets.includes("postgres") && !new URL(url).pathname.includes("bench")) {
  throw new Error(`Refusing to empty ${new URL(url).pathname.slice(1)}: not a bench database.`);
}

const work = mkdtempSync(path.join(tmpdir(), "kk-import-bench-"));
const file = path.join(work, "member-list.json");
const doc = memberList({
  smes: Number(values.smes),
  distributors: Number(values.distributors),
  productsPerSme: Number(values["products-per-sme"]),
  seed: Number(values.seed),
});
writeFileSync(file, JSON.stringify(doc));
const productCount = doc.companies.reduce((n, c) => n + ((c.products as unknown[] | undefined)?.length ?? 0), 0);
console.log(`member list: ${doc.companies.length} companies, ${productCount} products, ${file}`);

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function emptyPostgres() {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`drop schema if exists drizzle cascade`;
  await sql`drop schema public cascade`;
  await sql`create schema public`;
  await sql.end();
}

async function analyzePostgres() {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`analyze`;
  await sql.end();
}

function timedImport(env: NodeJS.ProcessEnv) {
  const run = spawnSync("/usr/bin/time", ["-v", "npm", "run", "--silent", "import", "--", file], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`import failed:\n${run.stdout}\n${run.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(run.stderr)?.[1] ?? "";
  const seconds = wall.split(":").reduce((total, part) => total * 60 + Number(part), 0);
  const rssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]) / 1024;
  // CPU seconds of the import's processes: on a shared machine they move less than the wall time.
  const cpu = ["User", "System"].reduce((total, kind) => total + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? 0), 0);
  return { seconds, rssMb, cpu, summary: run.stdout.trim().split("\n").at(-1) };
}

for (const target of targets) {
  for (let run = 1; run <= Number(values.runs); run++) {
    const env: NodeJS.ProcessEnv = { ...process.env };
    let pgliteDir: string | undefined;
    if (target === "postgres") {
      await emptyPostgres();
      env.DATABASE_URL = url;
    } else {
      delete env.DATABASE_URL;
      pgliteDir = mkdtempSync(path.join(work, "pglite-"));
      env.PGLITE_DIR = path.join(pgliteDir, "db");
    }
    const before = load();
    const result = timedImport(env);
    if (target === "postgres") await analyzePostgres();
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
    console.log(
      `${target} run ${run}: ${result.seconds.toFixed(1)} s wall, ${result.cpu.toFixed(1)} s CPU, peak RSS ${result.rssMb.toFixed(0)} MB ` +
        `(load average before ${before}, after ${load()}) — ${result.summary}`,
    );
  }
}
rmSync(work, { recursive: true, force: true });
