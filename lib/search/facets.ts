// Facet counts, read from the one materialized set of a search's candidate rows (see query.ts).
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { SearchFilterKey } from "./params";

export type FacetCount = { value: string; count: number };
export type Facets = Record<SearchFilterKey, FacetCount[]>;

export const facetKeys: SearchFilterKey[] = ["type", "hs", "region", "channel", "lang", "chamber"];
const facetLimit = 60;

/** What `m` carries for the facets: two values, and four search_facet_sets ids. */
export const facetColumns = sql`s.kind, s.chamber_id, s.hs_chapters_set, s.regions_set, s.channel_types_set, s.languages_set`;
const values: Record<"type" | "chamber", SQL> = { type: sql`kind::text`, chamber: sql`chamber_id::text` };
const sets: Record<"hs" | "region" | "channel" | "lang", SQL> = {
  hs: sql`hs_chapters_set`,
  region: sql`regions_set`,
  channel: sql`channel_types_set`,
  lang: sql`languages_set`,
};

/**
 * Every facet's value counts over `m`, whose rows pass all filters (`miss` null) or all but one
 * (`miss` names it): disjunctive facets, where a facet counts the rows passing every other
 * filter, so a chosen value still shows its siblings. One pass over `m` groups its rows by each
 * facet's value or set id; only then are the few sets read and their values summed.
 */
export function facetCountsSql(): SQL {
  const counted = (key: SearchFilterKey, column: SQL) => sql`case when miss is null or miss = ${key} then ${column} end as ${sql.identifier(key)}`;
  const columns = [...Object.entries(values), ...Object.entries(sets)] as [SearchFilterKey, SQL][];
  const keys = sql.join(
    columns.map(([key]) => sql.identifier(key)),
    sql`, `,
  );
  const groups = sql`select ${keys}, count(*)::int as n from (select ${sql.join(
    columns.map(([key, column]) => counted(key, column)),
    sql`, `,
  )} from m) c group by grouping sets (${sql.join(
    columns.map(([key]) => sql`(${sql.identifier(key)})`),
    sql`, `,
  )})`;
  const valueCounts = Object.keys(values).map((key) => sql`select ${key}::text as facet, ${sql.identifier(key)} as value, n from g where ${sql.identifier(key)} is not null`);
  const setCounts = Object.keys(sets).map((key) => sql`select ${key}::text as facet, ${sql.identifier(key)} as id, n from g where ${sql.identifier(key)} is not null`);
  return sql`with g as (${groups})
    select facet, value, n from (select facet, value, n, row_number() over (partition by facet order by n desc, value) as rank from (
      ${sql.join(valueCounts, sql` union all `)}
      union all select facet, v, sum(n)::int from (${sql.join(setCounts, sql` union all `)}) s,
        unnest((select d.values from search_facet_sets d where d.id = s.id)) v group by facet, v) counts) ranked
    where rank <= ${facetLimit}`;
}

export function facetsOf(rows: { facet: SearchFilterKey; value: string; n: number }[] | null): Facets {
  const facets = Object.fromEntries(facetKeys.map((k) => [k, [] as FacetCount[]])) as Facets;
  for (const row of rows ?? []) facets[row.facet].push({ value: row.value, count: Number(row.n) });
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return facets;
}
