// Facet counts, read from the one materialized set of a search's candidate rows (see query.ts).
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { SearchFilterKey } from "./params";

export type FacetCount = { value: string; count: number };
export type Facets = Record<SearchFilterKey, FacetCount[]>;

export const facetKeys: SearchFilterKey[] = ["type", "hs", "region", "channel", "lang", "chamber"];
const facetLimit = 60;

/** Each facet's values in a row of `m`, and the columns `m` carries for them. */
const values: Record<SearchFilterKey, SQL> = {
  type: sql`array[kind::text]`,
  hs: sql`hs_chapters`,
  region: sql`regions`,
  channel: sql`channel_types`,
  lang: sql`languages`,
  chamber: sql`array[chamber_id::text]`,
};
export const facetColumns = sql`s.kind, s.hs_chapters, s.regions, s.channel_types, s.languages, s.chamber_id`;

/**
 * The counts of every facet's values over `m`, whose rows pass all filters (`miss` null) or all
 * but one (`miss` names it). Disjunctive facets: a facet counts the rows passing every other
 * filter, so a chosen value still shows its siblings.
 */
export function facetCountsSql(): SQL {
  const parts = facetKeys.map(
    (key) => sql`(select ${key}::text as facet, v as value, count(*)::int as n
      from (select unnest(${values[key]}) as v from m where miss is null or miss = ${key}) x
      where v is not null group by v order by n desc, v limit ${facetLimit})`,
  );
  return sql.join(parts, sql` union all `);
}

export function facetsOf(rows: { facet: SearchFilterKey; value: string; n: number }[] | null): Facets {
  const facets = Object.fromEntries(facetKeys.map((k) => [k, [] as FacetCount[]])) as Facets;
  for (const row of rows ?? []) facets[row.facet].push({ value: row.value, count: Number(row.n) });
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return facets;
}
