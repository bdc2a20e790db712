// The WHERE clauses of a search: what a viewer may see, and each filter's own condition.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { CompanyKind, SearchItemKind, UserRole } from "@/db/schema";
import type { SearchFilterKey, SearchParams } from "./params";
import { textArray } from "./relevance";

/** Who searches: the role decides which side they see, the company whom they never see. */
export type SearchViewer = { role: UserRole; companyId?: string; notImportable?: string[] };

/** The (item kind, company kind) pairs a role may find: always the other side's public items. */
export function visibleScopes(role: UserRole): [SearchItemKind, CompanyKind][] {
  if (role === "distributor")
    return [
      ["product", "sme"],
      ["company", "sme"],
    ];
  if (role === "sme")
    return [
      ["company", "distributor"],
      ["need", "distributor"],
    ];
  if (role === "chamber_admin" || role === "platform_admin")
    return [
      ["product", "sme"],
      ["company", "sme"],
      ["company", "distributor"],
      ["need", "distributor"],
    ];
  return [];
}

export function visibility(viewer: SearchViewer): SQL {
  const scopes = visibleScopes(viewer.role);
  if (scopes.length === 0) return sql`false`;
  const pairs = sql.join(
    scopes.map(([kind, companyKind]) => sql`(s.kind = ${kind} and s.company_kind = ${companyKind})`),
    sql` or `,
  );
  const own = viewer.companyId;
  const hidden = viewer.notImportable?.length
    ? sql`and not (s.kind = 'product' and s.item_id::text in (select jsonb_array_elements_text(${JSON.stringify(viewer.notImportable)}::jsonb)))`
    : sql``;
  return sql`s.company_status = 'approved' and s.company_deleted_at is null and s.published and (${pairs}) ${hidden}
    ${own ? sql`and s.company_id <> ${own} and s.company_id not in (select blocked_id from company_blocks where blocker_id = ${own} union all select blocker_id from company_blocks where blocked_id = ${own})` : sql``}`;
}

/**
 * The chosen filters' conditions: `facets` for the filters that have a facet (a facet counts
 * with every filter but its own), `required` for the price and minimum-order ranges, which every
 * count obeys.
 */
export type FilterConditions = { facets: [SearchFilterKey, SQL][]; required: SQL[] };

export function filterConditions(p: SearchParams): FilterConditions {
  const facets: [SearchFilterKey, SQL][] = [];
  if (p.type) facets.push(["type", sql`s.kind = ${p.type}`]);
  if (p.hs) facets.push(["hs", sql`s.hs_keys @> ${textArray([p.hs])}`]);
  if (p.region) facets.push(["region", sql`s.regions @> ${textArray([p.region])}`]);
  if (p.channel) facets.push(["channel", sql`s.channel_types @> ${textArray([p.channel])}`]);
  if (p.lang) facets.push(["lang", sql`s.languages @> ${textArray([p.lang])}`]);
  if (p.chamber) facets.push(["chamber", sql`s.chamber_id = ${p.chamber}`]);
  const required: SQL[] = [];
  // A price range matches an item whose own range overlaps it; an item without a price doesn't.
  if (p.priceMin !== undefined || p.priceMax !== undefined) {
    const parts: SQL[] = [sql`coalesce(s.price_min_jpy, s.price_max_jpy) is not null`];
    if (p.priceMin !== undefined) parts.push(sql`coalesce(s.price_max_jpy, s.price_min_jpy) >= ${p.priceMin}`);
    if (p.priceMax !== undefined) parts.push(sql`coalesce(s.price_min_jpy, s.price_max_jpy) <= ${p.priceMax}`);
    required.push(sql.join(parts, sql` and `));
  }
  // Minimum order at most X: an item that states none asks for no minimum.
  if (p.moqMax !== undefined) required.push(sql`(s.moq is null or s.moq <= ${p.moqMax})`);
  return { facets, required };
}

export const and = (parts: (SQL | undefined)[]): SQL => {
  const present = parts.filter((x): x is SQL => Boolean(x));
  return present.length ? sql.join(present, sql` and `) : sql`true`;
};
