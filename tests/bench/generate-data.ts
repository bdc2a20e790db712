// `npm run bench:data -- --smes 10000 --distributors 5000 [--products-per-sme 5] [--seed 1]`:
// writes realistic synthetic companies (approved), products, channels and needs into the
// configured PostgreSQL database with multi-row inserts. It REPLACES every company there, so it
// refuses a database whose name does not contain "bench" unless --force is given.
import { seededRandom } from "./random";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { adjectives, channelTypesPool, cnCities, cnRegions, jpRegions, lines, tradeWords, type Line } from "./synthetic";

const { values } = parseArgs({
  options: {
    smes: { type: "string", default: "10000" },
    distributors: { type: "string", default: "5000" },
    "products-per-sme": { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
    force: { type: "boolean", default: false },
  },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to the benchmark database, e.g. postgres://postgres@127.0.0.1:5432/bench_match");
if (!new URL(url).pathname.includes("bench") && !values.force)
  throw new Error(`Refusing to replace the data in ${new URL(url).pathname.slice(1)}: not a bench database (use --force).`);

const { rand, pick, pickSome, int } = seededRandom(Number(values.seed));

const smeCount = Number(values.smes);
const distCount = Number(values.distributors);
const perSme = Number(values["products-per-sme"]);

const handle = openPostgres(url, { max: 2 });
await handle.migrate();
await handle.close();
const sql = postgres(url, { max: 4, onnotice: () => {} });
const started = performance.now();
await sql`truncate companies, chambers cascade`;
const chamberIds = Array.from({ length: 20 }, () => randomUUID());
await sql`insert into chambers ${sql(chamberIds.map((id, i) => ({ id, key: `bench chamber ${i}`, name: sql.json({ en: `Bench Chamber ${i}` }) })))}`;

type Row = Record<string, unknown>;
const companies: Row[] = [];
const products: Row[] = [];
const channels: Row[] = [];
const needs: Row[] = [];

function nameOf(line: Line) {
  const adj = pick(adjectives);
  return { ja: `${adj.ja}${line.ja}`, zh: `${adj.zh}${line.zh}`, en: `${adj.en} ${line.en}` };
}

for (let i = 0; i < smeCount; i++) {
  const id = randomUUID();
  // A maker works in one or two related lines, sometimes a third.
  const home = pickSome(lines, rand() < 0.7 ? 1 : 2);
  const targetChannels = [...new Set([...home.flatMap((l) => pickSome(l.channels, 1)), ...(rand() < 0.4 ? [pick(channelTypesPool)] : [])])];
  const r = rand();
  companies.push({
    id,
    ref: `sme-${i}`,
    kind: "sme",
    status: "approved",
    country: "JP",
    region: pick(jpRegions),
    name: sql.json({ ja: `${home[0]!.ja}工房${i}`, en: `${home[0]!.en} works ${i}` }),
    description: sql.json(rand() < 0.5 ? { ja: `${home.map((l) => l.ja).join("と")}の製造。` } : { en: `Maker of ${home.map((l) => l.en).join(" and ")}.` }),
    languages: r < 0.7 ? ["ja"] : r < 0.9 ? ["ja", "en"] : ["ja", "zh"],
    chamber_id: rand() < 0.4 ? pick(chamberIds) : null,
    target_channels: targetChannels,
    target_regions: rand() < 0.3 ? ["CN"] : pickSome(cnRegions, int(1, 4)),
    hs_codes: [],
    min_order_jpy: null,
  });
  for (let j = 0; j < perSme; j++) {
    const line = rand() < 0.85 ? pick(home) : pick(lines);
    const lo = int(line.price[0], line.price[1]);
    products.push({
      id: randomUUID(),
      company_id: id,
      ref: `p${j}`,
      name: sql.json(nameOf(line)),
      description: rand() < 0.3 ? sql.json({ ja: `${line.ja}。${pick(adjectives).ja}品質。` }) : null,
      // A tenth of the catalogue comes without a code, as real uploads do; the importer would have
      // inferred one from the name, which is what inferred_hs_code stands for here.
      ...(rand() < 0.9
        ? { hs_code: rand() < 0.8 ? line.hs : `${line.hs}${pick(["10", "20", "90"])}`, inferred_hs_code: null }
        : { hs_code: null, inferred_hs_code: rand() < 0.8 ? line.hs : null }),
      price_min_jpy: lo,
      price_max_jpy: Math.round(lo * (1 + rand())),
      moq: pick([20, 50, 100, 200, 500, 1000, 2000]),
      keywords: rand() < 0.3 ? [line.zh, line.en] : [],
      position: j,
    });
  }
}

for (let i = 0; i < distCount; i++) {
  const id = randomUUID();
  const region = pick(cnRegions);
  const handled = pickSome(lines, int(1, 4));
  const hasCodes = rand() < 0.95;
  const types = [...new Set([...handled.flatMap((l) => pickSome(l.channels, 1)), ...(rand() < 0.3 ? [pick(channelTypesPool)] : [])])].slice(0, 3);
  companies.push({
    id,
    ref: `dist-${i}`,
    kind: "distributor",
    status: "approved",
    country: "CN",
    region,
    name: sql.json({ zh: `${cnCities[region] ?? ""}${handled[0]!.zh}${pick(tradeWords)}${i}` }),
    description: sql.json({ zh: `主营${handled.map((l) => `${pick(adjectives).zh}${l.zh}`).join("、")}${pick(tradeWords)}。` }),
    languages: rand() < 0.3 ? ["zh", "ja"] : rand() < 0.5 ? ["zh", "en"] : ["zh"],
    chamber_id: rand() < 0.2 ? pick(chamberIds) : null,
    target_channels: [],
    target_regions: [],
    hs_codes: hasCodes ? handled.map((l) => (rand() < 0.5 ? l.hs.slice(0, 2) : l.hs)) : [],
    min_order_jpy: rand() < 0.5 ? pick([100_000, 300_000, 500_000, 1_000_000, 3_000_000]) : null,
  });
  types.forEach((type, k) => {
    channels.push({
      id: randomUUID(),
      company_id: id,
      type,
      position: k,
      outlets: int(5, 500),
      regions: rand() < 0.2 ? ["CN"] : [region, ...pickSome(cnRegions, int(0, 3))].filter((v, x, a) => a.indexOf(v) === x),
    });
  });
  for (let k = 0; k < (rand() < 0.4 ? int(1, 2) : 0); k++) {
    const line = pick(handled);
    const lo = int(line.price[0], line.price[1]);
    needs.push({
      id: randomUUID(),
      company_id: id,
      ref: `n${k}`,
      description: sql.json({ zh: `寻找日本${pick(adjectives).zh}${line.zh}` }),
      hs_code: rand() < 0.6 ? line.hs : null,
      price_min_jpy: rand() < 0.5 ? lo : null,
      price_max_jpy: rand() < 0.5 ? lo * 2 : null,
      position: k,
    });
  }
}

async function bulk(table: string, rows: Row[], size = 2000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await sql`insert into ${sql(table)} ${sql(rows.slice(i, i + size))}`;
}
await bulk("companies", companies);
await bulk("products", products);
await bulk("sales_channels", channels);
await bulk("sourcing_needs", needs);
await sql`truncate matches, match_profiles, match_queue`;
await sql`analyze`;
await sql.end();
console.log(
  `Generated ${smeCount} SMEs (${products.length} products) and ${distCount} distributors (${channels.length} channels, ${needs.length} needs) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
