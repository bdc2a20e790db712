// `npm run bench:chamber`: the chamber console's queries on PostgreSQL with 20,000 companies,
// 200,000 messages and 50,000 deals, generated with generate_series into BENCH_DATABASE_URL
// (default kk_chamber_bench; the name must contain "bench": its data is REPLACED).
// `-- --rebuild` regenerates; `-- --runs N` times the dashboard N times (default 40); `-- --statements`
// times each SQL statement the dashboard and the member table run on its own (p50/p95); `-- --explain`
// prints instead EXPLAIN (ANALYZE, BUFFERS) of every statement the dashboard and the member table
// run (one run each, JIT off as in the app); `-- --cpu` prints the CPU time the PostgreSQL backend
// spent per call (from /proc/PID/stat: the server must run on this machine), which the shared
// machine's load inflates far less than wall time.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { sql as drizzleSql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getDb, openPostgres, setDbHandle, type Database } from "@/db/client";
import * as schema from "@/db/schema";
import { chamberBreakdowns, recommendationFigures } from "@/lib/chamber/breakdowns";
import { chamberFunnel, chamberSeries } from "@/lib/chamber/funnel";
import { listMembers } from "@/lib/chamber/members";
import { refreshInquiryFacts } from "@/lib/inquiries/facts";
import { parsePeriod } from "@/lib/chamber/period";
import type { ConsoleScope } from "@/lib/chamber/access";

const { values } = parseArgs({
  options: {
    rebuild: { type: "boolean", default: false },
    runs: { type: "string", default: "40" },
    explain: { type: "boolean", default: false },
    cpu: { type: "boolean", default: false },
    statements: { type: "boolean", default: false },
  },
});
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kk_chamber_bench";
const dbName = new URL(url).pathname.slice(1);
if (!dbName.includes("bench")) throw new Error(`Refusing to replace the data in ${dbName}: not a bench database.`);
try {
  execFileSync("createdb", ["-h", new URL(url).hostname, "-U", new URL(url).username || "postgres", dbName], { stdio: "ignore" });
} catch {
  // It exists already.
}

const handle = openPostgres(url, { max: 10 });
await handle.migrate();
setDbHandle(handle);
const sql = postgres(url, { max: 1, onnotice: () => {} });
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" / ");

const [have] = await sql<{ companies: number; messages: number; deals: number }[]>`
  select (select count(*)::int from companies) as companies, (select count(*)::int from inquiry_messages) as messages, (select count(*)::int from inquiries) as deals`;
if (values.rebuild || have!.companies < 20_000 || have!.messages < 200_000 || have!.deals < 50_000) {
  const started = performance.now();
  await sql.begin(async (tx) => {
    await tx`truncate chambers, companies, inquiries, match_recommendations, matches cascade`;
    // Ten chambers; the first ("bench-0") has a third of the SMEs.
    await tx`insert into chambers (key, name) select 'bench-' || g, jsonb_build_object('en', 'Bench Chamber ' || g) from generate_series(0, 9) g`;
    await tx`create temporary table ch as select id, row_number() over (order by key) - 1 as n from chambers`;
    // 14,000 SMEs and 6,000 distributors (1,000 of them in a chamber), created over three years.
    await tx`insert into companies (ref, kind, name, country, region, chamber_id, status, target_channels, created_at)
      select 'sme-' || g, 'sme', jsonb_build_object('ja', 'ベンチ工業' || g, 'en', 'Bench Works ' || g), 'JP', 'JP-' || lpad((1 + g % 47)::text, 2, '0'),
             (select id from ch where n = case when g % 3 = 0 then 0 else 1 + g % 9 end),
             (case when g % 20 = 0 then 'pending' else 'approved' end)::company_status,
             case when g % 4 = 0 then '{}'::text[] else '{wholesale}'::text[] end, now() - (g % 1095) * interval '1 day'
      from generate_series(1, 14000) g`;
    await tx`insert into companies (ref, kind, name, country, region, chamber_id, status, created_at)
      select 'dist-' || g, 'distributor', jsonb_build_object('zh', '测试贸易' || g), 'CN', (array['CN-JL','CN-SH','CN-GD','CN-BJ','CN-ZJ','CN-LN'])[1 + g % 6],
             case when g % 6 = 0 then (select id from ch where n = g % 10) end, 'approved', now() - (g % 1095) * interval '1 day'
      from generate_series(1, 6000) g`;
    await tx`create temporary table s as select id, row_number() over (order by ref) as n from companies where kind = 'sme'`;
    await tx`create temporary table d as select id, row_number() over (order by ref) as n from companies where kind = 'distributor'`;
    await tx`insert into products (company_id, ref, name, hs_code) select id, 'p0', jsonb_build_object('ja', '製品' || n), (array['610910','691200','220890','820411','481910'])[1 + n % 5] from s`;
    await tx`insert into sales_channels (company_id, type, regions) select id, (array['wholesale','livestream','retail_chain','ecommerce_marketplace'])[1 + n % 4]::channel_type, '{CN}' from d`;
    await tx`insert into matches (sme_id, distributor_id, score, reasons) select s.id, d.id, 0.5, '[]' from s cross join generate_series(0, 4) k join d on d.n = 1 + (s.n * 7 + k * 1201) % 6000 on conflict do nothing`;
    // 50,000 deals over the last two years, four messages each on average, some meetings and stage events.
    await tx`insert into inquiries (sme_id, distributor_id, chamber_id, opened_by_company_id, source, subject, stage, product_id, created_at, last_message_at)
      select s.id, d.id, c.chamber_id, case when g % 2 = 0 then s.id else d.id end, 'profile', 'Bench ' || g,
             (array['new','in_talks','samples_sent','negotiating','signed','closed'])[1 + g % 6]::deal_stage,
             case when g % 3 = 0 then (select p.id from products p where p.company_id = s.id) end,
             now() - (g % 730) * interval '1 day', now() - (g % 700) * interval '1 day'
      from generate_series(1, 50000) g join s on s.n = 1 + (g * 13) % 14000 join d on d.n = 1 + (g * 31) % 6000 join companies c on c.id = s.id`;
    await tx`create temporary table i as select id, opened_by_company_id = sme_id as by_sme, created_at, row_number() over (order by id) as n from inquiries`;
    await tx`insert into inquiry_messages (inquiry_id, author_side, body, created_at)
      select i.id, (case when (k + (case when i.by_sme then 0 else 1 end)) % 2 = 0 then 'sme' else 'distributor' end)::author_side, 'message ' || k, i.created_at + k * interval '1 hour'
      from i cross join generate_series(0, 3) k`;
    await tx`insert into meetings (inquiry_id, mode, slots, status) select id, 'online', array[created_at], (case when n % 2 = 0 then 'accepted' else 'proposed' end)::meeting_status from i where n % 5 = 0`;
    await tx`insert into inquiry_events (inquiry_id, type, data) select id, 'stage_changed', '{"from":"in_talks","to":"samples_sent"}' from i where n % 4 = 0`;
    await tx`insert into match_recommendations (sme_id, distributor_id, chamber_id, created_at)
      select i2.sme_id, i2.distributor_id, c.chamber_id, i2.created_at - interval '2 days' from inquiries i2 join companies c on c.id = i2.sme_id
      where c.chamber_id is not null and (hashtext(i2.id::text) % 10) = 0 on conflict do nothing`;
  });
  // The rows above bypass the app's write paths: their facts are computed as migration 0016 does.
  await (
    await getDb()
  ).transaction(async (tx) => {
    await tx.execute(drizzleSql`set local statement_timeout = 0`);
    await refreshInquiryFacts(tx, "all");
  });
  await sql`vacuum analyze`;
  console.log(`Generated the data in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const [counts] = await sql<{ companies: number; messages: number; deals: number; members: number; recs: number }[]>`
  select (select count(*)::int from companies) as companies, (select count(*)::int from inquiry_messages) as messages, (select count(*)::int from inquiries) as deals,
         (select count(*)::int from companies c join chambers ch on ch.id = c.chamber_id where ch.key = 'bench-0') as members,
         (select count(*)::int from match_recommendations) as recs`;
const [chamber] = await sql<{ id: string }[]>`select id from chambers where key = 'bench-0'`;
console.log(
  `Data: ${counts!.companies} companies, ${counts!.messages} messages, ${counts!.deals} deals, ${counts!.recs} recommendations; the timed chamber has ${counts!.members} members`,
);

const runs = Number(values.runs);
const period = parsePeriod({});
const p = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
async function time(label: string, scope: ConsoleScope, work: (scope: ConsoleScope) => Promise<unknown>) {
  await work(scope); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await work(scope);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} p50 ${p(ms, 0.5).toFixed(1)} ms  p95 ${p(ms, 0.95).toFixed(1)} ms  max ${ms.at(-1)!.toFixed(1)} ms  (${runs} runs)`);
}

const one: ConsoleScope = { chamberId: chamber!.id };
const all: ConsoleScope = { chamberId: null };
const dashboard: [string, (scope: ConsoleScope) => Promise<unknown>][] = [
  ["funnel", (s) => chamberFunnel(s, period)],
  ["series by month", (s) => chamberSeries(s, period)],
  ["series by week", (s) => chamberSeries(s, { ...period, unit: "week" })],
  ["breakdowns", (s) => chamberBreakdowns(s, period)],
  ["recommendations", (s) => recommendationFigures(s, period)],
  [
    "whole dashboard, in parallel",
    (s) => Promise.all([chamberFunnel(s, period), chamberSeries(s, period), chamberBreakdowns(s, period), recommendationFigures(s, period)]),
  ],
  // The member table's first page sorted by last activity and by open deals. (The introductions page's
  // lib/chamber/introductions imports lib/inquiries/zones, which cannot load outside Next.)
  ["members by last active", (s) => listMembers(s, { sort: "lastActive", desc: true, page: 0 }, "en")],
  ["members by open deals", (s) => listMembers(s, { sort: "openDeals", desc: true, page: 0 }, "en")],
];

console.log(`Load average before: ${loadavg()}`);
if (values.explain || values.statements) {
  // The same functions on a drizzle instance that records each statement, then each one explained.
  const captured: { query: string; params: unknown[] }[] = [];
  const client = postgres(url, { max: 4, onnotice: () => {} });
  const logged = drizzle(client, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } }) as unknown as Database;
  setDbHandle({ db: logged, kind: "postgres", migrate: async () => {}, close: () => client.end() });
  await sql`set jit = off`;
  for (const [name, scope] of [["one chamber", one] as const, ["all chambers", all] as const]) {
    for (const [label, work] of dashboard.filter(([l]) => !l.startsWith("whole"))) {
      captured.length = 0;
      await work(scope);
      for (const { query, params } of captured.filter((q) => !/^\s*(set local|begin|commit)/i.test(q.query))) {
        if (values.statements) {
          await sql.unsafe(query, params as never[]); // warm-up
          const ms: number[] = [];
          for (let r = 0; r < runs; r++) {
            const started = performance.now();
            await sql.unsafe(query, params as never[]);
            ms.push(performance.now() - started);
          }
          ms.sort((a, b) => a - b);
          const head = query.replace(/\s+/g, " ").slice(0, 60);
          console.log(`${`${label} (${name})`.padEnd(36)} p50 ${p(ms, 0.5).toFixed(1)} ms  p95 ${p(ms, 0.95).toFixed(1)} ms  ${head}`);
          continue;
        }
        const plan = await sql.unsafe<{ "QUERY PLAN": string }[]>(`explain (analyze, buffers) ${query}`, params as never[]);
        console.log(`\n=== ${label} (${name}) ===\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
    }
  }
  await client.end();
} else if (values.cpu) {
  // One connection, so that every statement runs in the backend whose CPU time is read.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  setDbHandle({ db: drizzle(client, { schema }) as unknown as Database, kind: "postgres", migrate: async () => {}, close: () => client.end() });
  const [{ pid }] = (await client`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
  const ticks = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime, in 1/100 s
  };
  for (const [name, scope] of [["one chamber", one] as const, ["all chambers", all] as const]) {
    for (const [label, work] of dashboard.filter(([l]) => !l.startsWith("whole"))) {
      await work(scope); // warm-up
      const before = ticks();
      const started = performance.now();
      for (let r = 0; r < runs; r++) await work(scope);
      const cpu = ((ticks() - before) * 10) / runs;
      console.log(
        `${`${label} (${name})`.padEnd(44)} server CPU ${cpu.toFixed(1)} ms a call  (wall ${((performance.now() - started) / runs).toFixed(1)} ms, ${runs} runs)`,
      );
    }
  }
  await client.end();
} else {
  for (const [name, scope] of [["one chamber", one] as const, ["all chambers", all] as const]) {
    for (const [label, work] of dashboard) await time(`${label} (${name})`, scope, work);
  }
}
console.log(`Load average after: ${loadavg()}`);
await sql.end();
await handle.close();
