// Synthetic catalogue for the search benchmark: 15,000 SMEs with 100,000 products and 5,000
// distributors with channels and needs, in ja/zh/en mixes, written with multi-row inserts.
import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { seededRandom } from "./random";
import { adjectives, channelTypesPool, cnCities, cnRegions, jpRegions, lines, tradeWords, type Line } from "./synthetic";

export const benchSize = { smes: 15_000, distributors: 5_000, products: 100_000 };

// Seeded, so every run builds the same catalogue.
const random = seededRandom(7);
export const { rand, pick } = random;
const { pickSome, int } = random;

const colours = [
  { ja: "藍染", zh: "蓝染", en: "indigo" },
  { ja: "黒", zh: "黑色", en: "black" },
  { ja: "白", zh: "白色", en: "white" },
  { ja: "桜色", zh: "樱花色", en: "sakura pink" },
  { ja: "生成り", zh: "本色", en: "natural colour" },
];

// A real catalogue is uneven: many products in Japanese only, some translated, a few Chinese-first.
function productName(line: Line) {
  const adj = pick(adjectives);
  const colour = rand() < 0.4 ? pick(colours) : undefined;
  const ja = `${colour ? colour.ja : ""}${adj.ja}${line.ja}`;
  const zh = `${colour ? colour.zh : ""}${adj.zh}${line.zh}`;
  const en = `${colour ? `${colour.en} ` : ""}${adj.en} ${line.en}`;
  const r = rand();
  if (r < 0.4) return { ja };
  if (r < 0.6) return { ja, en };
  if (r < 0.85) return { ja, zh, en };
  return { ja, zh };
}

type Row = Record<string, unknown>;

export async function generateSearchBenchData(sql: postgres.Sql): Promise<void> {
  await sql`truncate companies, chambers cascade`;
  const chamberIds = Array.from({ length: 30 }, () => randomUUID());
  await sql`insert into chambers ${sql(chamberIds.map((id, i) => ({ id, key: `bench chamber ${i}`, name: sql.json({ en: `Bench Chamber ${i}` }) })))}`;
  const companies: Row[] = [];
  const products: Row[] = [];
  const channels: Row[] = [];
  const needs: Row[] = [];
  const statuses = (): string => (rand() < 0.92 ? "approved" : pick(["pending", "suspended", "rejected"]));

  for (let i = 0; i < benchSize.smes; i++) {
    const id = randomUUID();
    const home = pickSome(lines, rand() < 0.7 ? 1 : 2);
    const r = rand();
    companies.push({
      id,
      ref: `sme-${i}`,
      kind: "sme",
      status: statuses(),
      country: "JP",
      region: pick(jpRegions),
      name: sql.json(rand() < 0.7 ? { ja: `${home[0]!.ja}工房${i}` } : { ja: `${home[0]!.ja}工房${i}`, en: `${home[0]!.en} works ${i}` }),
      description: sql.json(rand() < 0.5 ? { ja: `${home.map((l) => l.ja).join("と")}の製造。` } : { en: `Maker of ${home.map((l) => l.en).join(" and ")}.` }),
      languages: r < 0.7 ? ["ja"] : r < 0.9 ? ["ja", "en"] : ["ja", "zh"],
      chamber_id: rand() < 0.5 ? pick(chamberIds) : null,
      target_channels: [...new Set(home.flatMap((l) => pickSome(l.channels, 2)))],
      target_regions: rand() < 0.3 ? ["CN"] : pickSome(cnRegions, int(1, 4)),
      hs_codes: [],
      min_order_jpy: null,
      created_at: new Date(Date.UTC(2025, 0, 1) + int(0, 600) * 86_400_000),
    });
  }
  for (let k = 0; k < benchSize.products; k++) {
    const company = companies[k < benchSize.smes ? k : int(0, benchSize.smes - 1)]!;
    const line = pick(lines);
    const lo = int(line.price[0], line.price[1]);
    const coded = rand();
    products.push({
      id: randomUUID(),
      company_id: company.id,
      ref: `p${k}`,
      name: sql.json(productName(line)),
      description: rand() < 0.3 ? sql.json({ ja: `${line.ja}。${pick(adjectives).ja}品質。` }) : null,
      hs_code: coded < 0.8 ? (rand() < 0.7 ? line.hs : `${line.hs}${pick(["10", "20", "90"])}`) : null,
      inferred_hs_code: coded >= 0.8 && coded < 0.95 ? line.hs : null,
      price_min_jpy: lo,
      price_max_jpy: Math.round(lo * (1 + rand())),
      moq: rand() < 0.8 ? pick([20, 50, 100, 200, 500, 1000, 2000]) : null,
      keywords: rand() < 0.3 ? [line.zh, line.en] : [],
      published: rand() < 0.95,
      position: k,
      created_at: new Date(Date.UTC(2025, 0, 1) + int(0, 600) * 86_400_000),
    });
  }
  for (let i = 0; i < benchSize.distributors; i++) {
    const id = randomUUID();
    const region = pick(cnRegions);
    const handled = pickSome(lines, int(1, 4));
    companies.push({
      id,
      ref: `dist-${i}`,
      kind: "distributor",
      status: statuses(),
      country: "CN",
      region,
      name: sql.json({ zh: `${cnCities[region] ?? ""}${handled[0]!.zh}${pick(tradeWords)}${i}` }),
      description: sql.json({ zh: `主营${handled.map((l) => `${pick(adjectives).zh}${l.zh}`).join("、")}${pick(tradeWords)}。` }),
      languages: rand() < 0.3 ? ["zh", "ja"] : rand() < 0.5 ? ["zh", "en"] : ["zh"],
      chamber_id: rand() < 0.2 ? pick(chamberIds) : null,
      target_channels: [],
      target_regions: [],
      hs_codes: handled.map((l) => (rand() < 0.5 ? l.hs.slice(0, 2) : l.hs)),
      min_order_jpy: rand() < 0.5 ? pick([100_000, 300_000, 1_000_000]) : null,
      created_at: new Date(Date.UTC(2025, 0, 1) + int(0, 600) * 86_400_000),
    });
    const types = [...new Set(handled.flatMap((l) => pickSome(l.channels, 1)))].slice(0, 3);
    if (rand() < 0.3) types.push(pick(channelTypesPool.filter((t) => !types.includes(t))));
    types.forEach((type, k) =>
      channels.push({
        id: randomUUID(),
        company_id: id,
        type,
        position: k,
        regions: rand() < 0.2 ? ["CN"] : [...new Set([region, ...pickSome(cnRegions, int(0, 3))])],
      }),
    );
    for (let k = 0; k < (rand() < 0.5 ? int(1, 3) : 0); k++) {
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
  const bulk = async (table: string, rows: Row[], size = 2000) => {
    for (let i = 0; i < rows.length; i += size) await sql`insert into ${sql(table)} ${sql(rows.slice(i, i + size))}`;
  };
  await bulk("companies", companies);
  await bulk("products", products);
  await bulk("sales_channels", channels);
  await bulk("sourcing_needs", needs);
}
