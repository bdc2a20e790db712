import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import type { CompanyKind, SearchItemKind, UserRole } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { searchPageSize, type SearchFilterKey, type SearchParams } from "./params";
import { textArray, textQuery } from "./relevance";

/** Who searches: the role decides which side they see, the company whom they never see. */
export type SearchViewer = { role: UserRole; companyId?: string };

/** The (item kind, company kind) pairs a role may find: always the other side's public items. */
export function visibleScopes(role: UserRole): [SearchItemKind, CompanyKind][] {
  if (role === "distributor") return [["product", "sme"], ["company", "sme"]];
  if (role === "sme") return [["company", "distributor"], ["need", "distributor"]];
  if (role === "chamber_admin" || role === "platform_admin")
    return [["product", "sme"], ["company", "sme"], ["company", "distributor"], ["need", "distributor"]];
  return [];
}

export type SearchHit = {
  kind: SearchItemKind;
  itemId: string;
  companyId: string;
  companyKind: CompanyKind;
  name: Localized;
  companyName: Localized;
  hsCode: string | null;
  hsInferred: boolean;
  region: string;
  priceMinJpy: number | null;
  priceMaxJpy: number | null;
  moq: number | null;
  createdAt: Date;
  score: number;
};
export type FacetCount = { value: string; count: number };
export type SearchResult = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: Record<SearchFilterKey, FacetCount[]>;
  /** True when no item held every query word and the results are close matches. */
  relaxed: boolean;
};

const facetLimit = 60;

function visibility(viewer: SearchViewer): SQL {
  const scopes = visibleScopes(viewer.role);
  if (scopes.length === 0) return sql`false`;
  const pairs = sql.join(
    scopes.map(([kind, companyKind]) => sql`(s.kind = ${kind} and s.company_kind = ${companyKind})`),
    sql` or `,
  );
  const own = viewer.companyId;
  return sql`s.company_status = 'approved' and s.company_deleted_at is null and s.published and (${pairs})
    ${own ? sql`and s.company_id <> ${own} and s.company_id not in (select blocked_id from company_blocks where blocker_id = ${own} union all select blocker_id from company_blocks where blocked_id = ${own})` : sql``}`;
}

/** Each filter's condition, kept apart so a facet can count with every filter but its own. */
function filterConditions(p: SearchParams): Partial<Record<SearchFilterKey | "price" | "moq", SQL>> {
  const out: Partial<Record<SearchFilterKey | "price" | "moq", SQL>> = {};
  if (p.type) out.type = sql`s.kind = ${p.type}`;
  if (p.hs) out.hs = sql`s.hs_keys @> ${textArray([p.hs])}`;
  if (p.region) out.region = sql`s.regions @> ${textArray([p.region])}`;
  if (p.channel) out.channel = sql`s.channel_types @> ${textArray([p.channel])}`;
  if (p.lang) out.lang = sql`s.languages @> ${textArray([p.lang])}`;
  if (p.chamber) out.chamber = sql`s.chamber_id = ${p.chamber}`;
  // A price range matches an item whose own range overlaps it; an item without a price doesn't.
  if (p.priceMin !== undefined || p.priceMax !== undefined) {
    const parts: SQL[] = [sql`coalesce(s.price_min_jpy, s.price_max_jpy) is not null`];
    if (p.priceMin !== undefined) parts.push(sql`coalesce(s.price_max_jpy, s.price_min_jpy) >= ${p.priceMin}`);
    if (p.priceMax !== undefined) parts.push(sql`coalesce(s.price_min_jpy, s.price_max_jpy) <= ${p.priceMax}`);
    out.price = sql.join(parts, sql` and `);
  }
  // Minimum order at most X: an item that states none asks for no minimum.
  if (p.moqMax !== undefined) out.moq = sql`(s.moq is null or s.moq <= ${p.moqMax})`;
  return out;
}

const and = (parts: (SQL | undefined)[]): SQL => {
  const present = parts.filter((x): x is SQL => Boolean(x));
  return present.length ? sql.join(present, sql` and `) : sql`true`;
};

type HitRow = Omit<SearchHit, "createdAt" | "score"> & { createdAt: Date | string; score: number | string; total: number | string };

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

const facetColumns: Record<SearchFilterKey, SQL> = {
  type: sql`array[s.kind::text]`,
  hs: sql`s.hs_chapters`,
  region: sql`s.regions`,
  channel: sql`s.channel_types`,
  lang: sql`s.languages`,
  chamber: sql`array[s.chamber_id::text]`,
};

async function facetCounts(db: Executor, base: SQL, filters: ReturnType<typeof filterConditions>): Promise<SearchResult["facets"]> {
  const keys = Object.keys(facetColumns) as SearchFilterKey[];
  const filterKeys = Object.keys(filters) as (keyof typeof filters)[];
  const except = (key?: SearchFilterKey) => and([base, ...filterKeys.filter((k) => k !== key).map((k) => filters[k])]);
  const count = (key: SearchFilterKey, from: SQL, where: SQL) =>
    sql`(select ${key}::text as facet, v as value, count(*)::int as n from ${from}, unnest(${facetColumns[key]}) v
      where ${where} and v is not null group by v order by n desc limit ${facetLimit})`;
  // Disjunctive facets: a filter's own facet counts the rows passing every other filter, so a
  // chosen value still shows its siblings. Facets without a chosen value share one scan of the
  // fully filtered rows; each chosen one scans its own set. Every scan is narrowed by the indexes,
  // instead of counting over all of the query's matches.
  const chosen = keys.filter((k) => filters[k]);
  const shared = keys.filter((k) => !filters[k]);
  const parts = [
    ...shared.map((k) => count(k, sql`m s`, sql`true`)),
    ...chosen.map((k) => count(k, sql`search_items s`, except(k))),
  ];
  const result = await db.execute(
    sql`with m as materialized (select s.kind, s.hs_chapters, s.regions, s.channel_types, s.languages, s.chamber_id
        from search_items s where ${except()})
        ${sql.join(parts, sql` union all `)}`,
  );
  const facets = Object.fromEntries(keys.map((k) => [k, [] as FacetCount[]])) as SearchResult["facets"];
  for (const row of rowsOf<{ facet: SearchFilterKey; value: string; n: number | string }>(result)) facets[row.facet].push({ value: row.value, count: Number(row.n) });
  return facets;
}

/** A page of what `viewer` may find for `params`, with the total and the facet counts. */
export async function searchItemsFor(viewer: SearchViewer, params: SearchParams, executor?: Executor): Promise<SearchResult> {
  const db = executor ?? (await getDb());
  const strict = await runSearch(db, viewer, params, false);
  // Nothing holds every word: fall back to any word and trigram similarity (see relevance.ts).
  if (strict.total === 0 && params.q) return runSearch(db, viewer, params, true);
  return strict;
}

async function runSearch(db: Executor, viewer: SearchViewer, params: SearchParams, relaxed: boolean): Promise<SearchResult> {
  const text = params.q ? textQuery(params.q, relaxed) : undefined;
  const base = and([visibility(viewer), text?.match]);
  const filters = filterConditions(params);
  const where = and([base, ...Object.values(filters)]);
  const order = params.sort === "newest" || !text ? sql`s.created_at desc, s.id` : sql`score desc, s.created_at desc, s.id`;
  const offset = (params.page - 1) * searchPageSize;
  const [hitResult, facets] = await Promise.all([
    db.execute(sql`select s.kind, s.item_id as "itemId", s.company_id as "companyId", s.company_kind as "companyKind", s.name,
        s.company_name as "companyName", s.hs_code as "hsCode", s.hs_inferred as "hsInferred", s.region,
        s.price_min_jpy as "priceMinJpy", s.price_max_jpy as "priceMaxJpy", s.moq, s.created_at as "createdAt",
        ${text?.score ?? sql`0`} as score, count(*) over () as total
      from search_items s where ${where} order by ${order} limit ${searchPageSize} offset ${offset}`),
    facetCounts(db, base, filters),
  ]);
  const rows = rowsOf<HitRow>(hitResult);
  let total = rows[0] ? Number(rows[0].total) : 0;
  // A page past the end has no row to carry the total: count it so the pager can lead back.
  if (!rows[0] && params.page > 1) {
    const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*) as n from search_items s where ${where}`));
    total = Number(row?.n ?? 0);
  }
  return { hits: rows.map(toHit), total, page: params.page, pageCount: Math.max(1, Math.ceil(total / searchPageSize)), facets, relaxed };
}

function toHit(r: HitRow): SearchHit {
  return {
    kind: r.kind,
    itemId: r.itemId,
    companyId: r.companyId,
    companyKind: r.companyKind,
    name: r.name,
    companyName: r.companyName,
    hsCode: r.hsCode,
    hsInferred: r.hsInferred,
    region: r.region,
    priceMinJpy: r.priceMinJpy,
    priceMaxJpy: r.priceMaxJpy,
    moq: r.moq,
    createdAt: new Date(r.createdAt),
    score: Number(r.score),
  };
}
