// Facet counts, read from the one materialized set of a search's candidate rows (see query.ts).
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { SearchFilterKey } from "./params";

export type FacetCount = { value: string; count: number };
export type Facets = Record<SearchFilterKey, FacetCount[]>;

export const facetKeys: SearchFilterKey[] = ["type", "hs", "region", "channel", "lang", "chamber"];
const facetLimit = 60;

// Each facet's column: a value (type, chamber) or a search_facet_sets id (the others).
const valueColumns: [SearchFilterKey, string][] = [
  ["type", "kind"],
  ["chamber", "chamber_id"],
];
const setColumns: [SearchFilterKey, string][] = [
  ["hs", "hs_chapters_set"],
  ["region", "regions_set"],
  ["channel", "channel_types_set"],
  ["lang", "languages_set"],
];
const columns = [...valueColumns, ...setColumns];
const list = (parts: SQL[]) => sql.join(parts, sql`, `);
const names = list(columns.map(([, c]) => sql`${sql.identifier(c)}`));

/** The facet columns a search reads from search_items `s`. */
export const facetColumns = list(columns.map(([, c]) => sql`s.${sql.identifier(c)}`));

/**
 * The facet columns as `m` keeps them, from a row whose `miss` names the one filter it fails
 * (null: none): such a row counts in that filter's facet only, so it keeps that column alone.
 */
export const missFacetColumns = list(
  columns.map(([key, c]) => sql`case when miss is null or miss = ${key} then ${sql.identifier(c)} end as ${sql.identifier(c)}`),
);

/**
 * Every facet's value counts over `m`: disjunctive facets, where a facet counts the rows passing
 * every other filter, so a chosen value still shows its siblings. The rows passing all filters
 * are grouped by each facet's column; the far more numerous rows failing one filter are grouped
 * once, by the one column they keep. Only then are the few distinct sets read and their values
 * summed.
 */
export function facetCountsSql(): SQL {
  const groups = sql`select ${names}, count(*)::int as n from m where miss is null group by grouping sets (${list(columns.map(([, c]) => sql`(${sql.identifier(c)})`))})
    union all select ${names}, count(*)::int from m where miss is not null group by miss, ${names}`;
  const values = valueColumns.map(
    ([key, c]) =>
      sql`select ${key}::text as facet, ${sql.identifier(c)}::text as value, sum(n)::int as n from g where ${sql.identifier(c)} is not null group by ${sql.identifier(c)}`,
  );
  const sets = setColumns.map(([key, c]) => sql`select ${key}::text as facet, ${sql.identifier(c)} as id, n from g where ${sql.identifier(c)} is not null`);
  return sql`with g as (${groups})
    select facet, value, n from (select facet, value, n, row_number() over (partition by facet order by n desc, value) as rank from (
      ${sql.join(values, sql` union all `)}
      union all select facet, v, sum(n)::int from (${sql.join(sets, sql` union all `)}) s,
        unnest((select d.values from search_facet_sets d where d.id = s.id)) v group by facet, v) counts) ranked
    where rank <= ${facetLimit}`;
}

export function facetsOf(rows: { facet: SearchFilterKey; value: string; n: number }[] | null): Facets {
  const facets = Object.fromEntries(facetKeys.map((k) => [k, [] as FacetCount[]])) as Facets;
  for (const row of rows ?? []) facets[row.facet].push({ value: row.value, count: Number(row.n) });
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return facets;
}
