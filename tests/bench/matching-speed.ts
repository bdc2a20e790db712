// `npm run bench:matching-speed`: on the configured PostgreSQL (DATABASE_URL, filled by
// `npm run bench:data`), times the full recompute, the incremental update after one product edit
// (median and p95 over 20 edits) and the Matches page query (p95 over 200 calls). It edits
// products, so it refuses a database whose name does not contain "bench" unless --force is given.
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { closeDb, getDbHandle } from "@/db/client";
import { rowsOf } from "@/lib/matching/db-rows";
import { listMatches } from "@/lib/matching/read";
import { recomputeAll } from "@/lib/matching/recompute-all";
import { recomputeCompany } from "@/lib/matching/recompute";

const { values } = parseArgs({
  options: { force: { type: "boolean", default: false }, edits: { type: "string", default: "20" }, queries: { type: "string", default: "200" } },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/bench_match, and fill it with npm run bench:data");
if (!new URL(url).pathname.includes("bench") && !values.force) throw new Error("Refusing to edit a database that is not a bench database (use --force).");

const handle = await getDbHandle();
await handle.migrate();
const db = handle.db;

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

// PostgreSQL here runs with autovacuum off: without this, every earlier run's replaced matches
// would stay behind as dead rows and slow each later run. Each run starts from a vacuumed table,
// as a database with autovacuum on would be; the dead rows the recompute itself leaves stay for the
// incremental and page measurements below (the worst case, before autovacuum gets to them).
for (const table of ["matches", "match_profiles"]) await db.execute(sql.raw(`vacuum analyze ${table}`));

const [size] = await rowsOf<{ smes: number; dists: number; products: number }>(
  db,
  sql`select (select count(*) from companies where kind = 'sme' and status = 'approved')::int as smes,
             (select count(*) from companies where kind = 'distributor' and status = 'approved')::int as dists,
             (select count(*) from products)::int as products`,
);
console.log(`data: ${size!.smes} SMEs, ${size!.dists} distributors, ${size!.products} products`);

// 1. Full recompute.
const full = await recomputeAll();
console.log(
  `full recompute: ${(full.ms / 1000).toFixed(1)} s wall, ${(full.cpuMs / 1000).toFixed(1)} s CPU in this process (${full.workers || "no"} worker threads), ${full.pairs} pairs stored (target ≤ 60 s); phases (ms): ${JSON.stringify(full.phases)}`,
);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${os.availableParallelism()} cores`,
);

// 2. Incremental: edit one product of an SME, recompute that SME. The first call after start-up
// fills this process's profile cache; it is reported apart.
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const smes = await rowsOf<{ id: string; product: string }>(
  db,
  sql`select c.id, (select p.id from products p where p.company_id = c.id order by p.position limit 1) as product
      from companies c where c.kind = 'sme' and c.status = 'approved' order by c.ref limit 2000`,
);
const edit = async (i: number) => {
  const target = smes[Math.floor(rand() * smes.length)]!;
  await db.execute(
    sql`update products set price_min_jpy = price_min_jpy + 1, keywords = array[${`edit${i}`}], updated_at = now() where id = ${target.product}`,
  );
  const t = performance.now();
  await recomputeCompany(target.id);
  return performance.now() - t;
};
const warm = await edit(-1);
const times: number[] = [];
for (let i = 0; i < Number(values.edits); i++) times.push(await edit(i));
console.log(
  `incremental (one product edit → recomputeCompany): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} over ${times.length} edits (target ≤ 200 ms); first call with a cold cache ${ms(warm)}`,
);

// 3. The Matches page query, for SMEs and distributors, with and without filters.
const viewers = await rowsOf<{ id: string; kind: "sme" | "distributor" }>(
  db,
  sql`select id, kind from companies where status = 'approved' order by md5(id::text) limit ${Number(values.queries)}`,
);
const filters = [{}, {}, { channelType: "retail_chain" }, { region: "CN-SH" }, { hsChapter: "61" }];
const reads: number[] = [];
for (const [i, v] of viewers.entries()) {
  const t = performance.now();
  await listMatches({ companyId: v.id, kind: v.kind, filters: filters[i % filters.length], limit: 20, offset: i % 3 === 0 ? 20 : 0 });
  reads.push(performance.now() - t);
}
console.log(`listMatches: median ${ms(quantile(reads, 0.5))}, p95 ${ms(quantile(reads, 0.95))} over ${reads.length} queries (target p95 < 20 ms)`);
await closeDb();
