// `npm run bench:search`: search latency on 100,000 products and 20,000 companies in PostgreSQL.
// DATABASE_URL must name a database whose name contains "bench" (its companies are REPLACED when
// the catalogue is missing), e.g. postgres://postgres@127.0.0.1:5432/bench_search.
// `-- --rebuild` regenerates the catalogue; `-- --reindex` only rebuilds the search table.
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openPostgres, setDbHandle } from "@/db/client";
import { reindexAll } from "@/lib/search";
import { parseSearchParams } from "@/lib/search/params";
import { searchItemsFor, type SearchViewer } from "@/lib/search/query";
import { benchSize, generateSearchBenchData, pick } from "./search-data";
import { channelTypesPool, cnRegions, jpRegions, lines } from "./synthetic";

const { values } = parseArgs({
  options: { rebuild: { type: "boolean", default: false }, reindex: { type: "boolean", default: false }, searches: { type: "string", default: "400" } },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/bench_search");
if (!new URL(url).pathname.includes("bench")) throw new Error(`Refusing to replace the data in ${new URL(url).pathname.slice(1)}: not a bench database.`);

const handle = openPostgres(url, { max: 4 });
await handle.migrate();
setDbHandle(handle);
const sql = postgres(url, { max: 1, onnotice: () => {} });
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

const [have] = await sql<{ products: number; companies: number }[]>`
  select (select count(*)::int from products) as products, (select count(*)::int from companies) as companies`;
let regenerated = false;
if (values.rebuild || have!.products < benchSize.products || have!.companies < benchSize.smes + benchSize.distributors) {
  const started = performance.now();
  await generateSearchBenchData(sql);
  regenerated = true;
  console.log(`Generated the catalogue in ${seconds(started)} s`);
}
const [indexed] = await sql<{ n: number }[]>`select count(*)::int as n from search_items`;
if (regenerated || values.reindex || indexed!.n === 0) {
  const started = performance.now();
  const { rows } = await reindexAll();
  // A rebuild deletes and reinserts every row: compact the tables as autovacuum would in time.
  await sql`vacuum (full, analyze) search_items, search_cards`;
  console.log(`Built ${rows} search rows in ${seconds(started)} s`);
}

const sizes = await sql<{ kind: string; n: number }[]>`select kind::text, count(*)::int as n from search_items group by kind order by kind`;
const [counts] = await sql<{ products: number; companies: number; channels: number; needs: number; bytes: string }[]>`
  select (select count(*)::int from products) as products, (select count(*)::int from companies) as companies,
         (select count(*)::int from sales_channels) as channels, (select count(*)::int from sourcing_needs) as needs,
         pg_size_pretty(pg_total_relation_size('search_items')) as bytes`;
console.log(
  `Data: ${counts!.products} products, ${counts!.companies} companies, ${counts!.channels} channels, ${counts!.needs} needs; ` +
    `search_items ${sizes.map((s) => `${s.kind} ${s.n}`).join(", ")} (${counts!.bytes} with indexes)`,
);

// Queries as people type them: whole names and fragments in the three languages, and HS codes.
const terms = [
  ...lines.flatMap((l) => [l.ja, l.zh, l.en, l.en.split(" ").at(-1)!, Array.from(l.zh).slice(0, 2).join("")]),
  "针织衫",
  "針織",
  "ニット",
  "タオル",
  "毛巾",
  "gift",
  "premium",
  "手作り",
  "handmade",
  "6110",
  "2208",
  "陶器",
  "knitted",
];
const filterPairs: ((q: Record<string, string>) => void)[] = [
  (q) => ((q.hs = pick(lines).hs.slice(0, 2)), (q.region = pick(jpRegions))),
  (q) => ((q.region = pick(jpRegions)), (q.channel = pick(channelTypesPool))),
  (q) => ((q.hs = pick(lines).hs), (q.priceMax = String(pick([1000, 5000, 20000])))),
  (q) => ((q.lang = pick(["zh", "en"])), (q.moqMax = String(pick([100, 500])))),
  (q) => ((q.type = "product"), (q.hs = pick(lines).hs.slice(0, 2))),
];
const smeFilterPairs: ((q: Record<string, string>) => void)[] = [
  (q) => ((q.region = pick(cnRegions)), (q.channel = pick(channelTypesPool))),
  (q) => ((q.hs = pick(lines).hs.slice(0, 2)), (q.region = pick(cnRegions))),
];

function randomSearch(): { viewer: SearchViewer; query: Record<string, string> } {
  const sme = Math.random() < 0.2;
  const query: Record<string, string> = { q: pick(terms) };
  pick(sme ? smeFilterPairs : filterPairs)(query);
  if (Math.random() < 0.2) query.sort = "newest";
  if (Math.random() < 0.1) query.page = "2";
  return { viewer: { role: sme ? "sme" : "distributor" }, query };
}

const total = Number(values.searches);
for (let i = 0; i < 20; i++) {
  const { viewer, query } = randomSearch();
  await searchItemsFor(viewer, parseSearchParams(query));
}
const times: number[] = [];
let found = 0;
let slowest = { ms: 0, query: {} as Record<string, string> };
for (let i = 0; i < total; i++) {
  const { viewer, query } = randomSearch();
  const started = performance.now();
  const result = await searchItemsFor(viewer, parseSearchParams(query));
  const ms = performance.now() - started;
  times.push(ms);
  found += result.total;
  if (ms > slowest.ms) slowest = { ms, query };
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
console.log(
  `${total} searches (query + two filters, with total and facet counts): p50 ${at(50)} ms, p95 ${at(95)} ms, max ${times.at(-1)!.toFixed(1)} ms; mean total ${Math.round(found / total)} hits`,
);
console.log(`slowest: ${JSON.stringify(slowest.query)}`);
await sql.end();
await handle.close();
