import "server-only";
import { sql } from "drizzle-orm";
import { getReadDb, type Executor } from "@/db/client";
import type { CompanyKind, SearchItemKind } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { env } from "@/lib/env";
import { cachedSearch, cacheKey } from "./cache";
import { and, filterConditions, visibility, type SearchViewer } from "./conditions";
import { facetColumns, facetCountsSql, facetsOf, missFacetColumns, type Facets } from "./facets";
import { searchPageSize, type SearchFilterKey, type SearchParams } from "./params";
import { latinQueryWords, relaxedWidens, textQuery, type TextQuery } from "./relevance";
import { similarWords } from "./words";

export type { SearchViewer } from "./conditions";

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
export type SearchResult = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: Facets;
  /** True when no item held every query word and the results are close matches. */
  relaxed: boolean;
};

type HitRow = Omit<SearchHit, "createdAt" | "score"> & { createdAt: string; score: number | string };
type ResultRow = { total: number | string; hits: HitRow[] | null; facets: { facet: SearchFilterKey; value: string; n: number }[] | null };

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/**
 * A page of what `viewer` may find for `params`, with the total and the facet counts. Without an
 * `executor`, repeated searches are answered from an exact cache (cache.ts) unless SEARCH_CACHE=off;
 * with one (a transaction, say) the database is always asked.
 */
export async function searchItemsFor(viewer: SearchViewer, params: SearchParams, executor?: Executor): Promise<SearchResult> {
  // A read replica when one is configured: a just-saved product may show a moment late here.
  if (executor) return search(executor, viewer, params);
  const db = await getReadDb();
  // The importable filter reads the market-access rules, which the catalog version does not follow.
  if (env("SEARCH_CACHE") === "off" || viewer.notImportable) return search(db, viewer, params);
  return cachedSearch(db, cacheKey(viewer, params), () => search(db, viewer, params));
}

async function search(db: Executor, viewer: SearchViewer, params: SearchParams): Promise<SearchResult> {
  const q = params.q;
  if (!q) return runSearch(db, viewer, params, undefined, true);
  // Nothing holds every word: fall back to close matches (see relevance.ts). When those are the
  // same rows (one word, no other close spelling), the strict pass is the answer and counts its
  // facets even when it finds nothing; otherwise its facets are only counted for rows found.
  const similar = await similarWords(db, latinQueryWords(q));
  const widens = relaxedWidens(q, similar);
  const strict = await runSearch(db, viewer, params, textQuery(q), !widens);
  if (strict.total > 0) return strict;
  const relaxed = widens ? await runSearch(db, viewer, params, textQuery(q, similar), true) : strict;
  return { ...relaxed, relaxed: true };
}

/**
 * One statement, one scan of search_items. It materializes, in a few narrow columns, the rows
 * that match the query and pass every filter but at most one (`miss` names the one they fail),
 * then reads the page, the total and every facet from that set: the rows passing all filters
 * make the hits, the total and the facets of unchosen filters; a chosen filter's facet adds the
 * rows that fail that filter only, which keep nothing but that facet's column. Only the page's
 * rows are read in full, with their cards.
 */
async function runSearch(
  db: Executor,
  viewer: SearchViewer,
  params: SearchParams,
  text: TextQuery | undefined,
  facetsWhenEmpty: boolean,
): Promise<SearchResult> {
  const { facets: chosen, required } = filterConditions(params);
  const passes = and(chosen.map(([, condition]) => condition));
  const miss = chosen.length
    ? sql`case ${sql.join(
        chosen.map(([key, condition]) => sql`when (${condition}) is not true then ${key}::text`),
        sql` `,
      )} end`
    : sql`null::text`;
  // Fails at most one chosen filter: passes every filter but some one.
  const candidates =
    chosen.length < 2
      ? sql`true`
      : sql.join(
          chosen.map(([key]) => sql`(${and(chosen.filter(([k]) => k !== key).map(([, c]) => c))})`),
          sql` or `,
        );
  const byScore = Boolean(text) && params.sort !== "newest";
  const order = byScore ? sql`score desc, created_at desc, id` : sql`created_at desc, id`;
  const offset = (params.page - 1) * searchPageSize;
  // `offset 0` keeps the inner select apart, so that each row's miss is computed once.
  const result = await db.execute(sql`with m as materialized (
      select case when miss is null then id end as id, case when miss is null then created_at end as created_at, score, miss, ${missFacetColumns} from (
        select s.id, s.created_at, ${facetColumns}, ${miss} as miss, ${byScore ? sql`case when ${passes} then ${text!.score} end` : sql`0::float8`} as score
        from search_items s where ${and([visibility(viewer), text?.match, ...required])} and (${candidates}) offset 0) r
    ),
    page as (${
      byScore && text?.cardScore
        ? sql`select m.id, m.created_at, m.score + ${text.cardScore} as score from m join search_cards c on c.id = m.id`
        : sql`select id, created_at, score from m`
    } where miss is null order by ${order} limit ${searchPageSize} offset ${offset})
    select (select count(*) from m where miss is null) as total,
      (select json_agg(json_build_object('kind', s.kind, 'itemId', s.item_id, 'companyId', s.company_id, 'companyKind', s.company_kind,
          'name', c.name, 'companyName', c.company_name, 'hsCode', c.hs_code, 'hsInferred', s.hs_inferred, 'region', c.region,
          'priceMinJpy', s.price_min_jpy, 'priceMaxJpy', s.price_max_jpy, 'moq', s.moq, 'createdAt', s.created_at,
          'score', ${byScore ? sql`page.score` : text ? sql`${text.score} ${text.cardScore ? sql`+ ${text.cardScore}` : sql``}` : sql`0`}) order by ${byScore ? sql`page.score desc,` : sql``} page.created_at desc, page.id)
        from page join search_items s on s.id = page.id join search_cards c on c.id = page.id) as hits,
      (select json_agg(f) from (${facetCountsSql()}) f ${facetsWhenEmpty ? sql`` : sql`where exists (select from m where miss is null)`}) as facets`);
  const [row] = rowsOf<ResultRow>(result);
  const total = Number(row?.total ?? 0);
  return {
    hits: (row?.hits ?? []).map(toHit),
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / searchPageSize)),
    facets: facetsOf(row?.facets ?? null),
    relaxed: false,
  };
}

function toHit(r: HitRow): SearchHit {
  return { ...r, createdAt: new Date(r.createdAt), score: Number(r.score) };
}
