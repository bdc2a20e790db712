import "server-only";
// The chamber's member table: search, filters, sort and pages, with each member's profile gaps.
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { companyKinds, companyStatuses, type CompanyKind, type CompanyStatus, type Localized } from "@/db/schema";
import { anyGap, gapColumns, gapsOf, type GapFlags, type ProfileGap } from "@/lib/companies/completeness";
import { optionalParam, pageIndex, readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { rowsOf } from "@/lib/matching/db-rows";
import { memberCondition, sideInScope, type ConsoleScope } from "./access";

export const memberSorts = ["name", "status", "joined", "lastActive", "openDeals"] as const;
export type MemberSort = (typeof memberSorts)[number];
export const MEMBERS_PAGE_SIZE = 50;

export type MemberQuery = {
  q?: string;
  status?: CompanyStatus;
  kind?: CompanyKind;
  region?: string;
  completeness?: "complete" | "incomplete";
  sort?: MemberSort;
  desc?: boolean;
  page?: number;
};

export type MemberRow = {
  id: string;
  ref: string;
  name: Localized;
  kind: CompanyKind;
  status: CompanyStatus;
  region: string;
  joined: Date;
  lastActive: Date;
  openDeals: number;
  gaps: ProfileGap[];
};

const text = optionalParam(z.string());
const memberSearchSchema = z.object({ q: text, status: text, kind: text, region: text, completeness: text, sort: text, dir: text, page: text });
/** The member table's query string, one value per parameter (links keep it and change one). */
export type MemberSearch = z.output<typeof memberSearchSchema>;

export function readMemberSearch(raw: RawSearchParams): MemberSearch {
  return readSearchParams(memberSearchSchema, raw);
}

/** The member query a page's search asks for; anything unknown is left out. */
export function parseMemberQuery(search: MemberSearch): MemberQuery {
  const pick = <T extends string>(values: readonly T[], v?: string) => values.find((x) => x === v);
  const completeness = search.completeness === "complete" || search.completeness === "incomplete" ? search.completeness : undefined;
  return {
    q: search.q?.trim().slice(0, 100) || undefined,
    status: pick(companyStatuses, search.status),
    kind: pick(companyKinds, search.kind),
    region: search.region && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(search.region) ? search.region : undefined,
    completeness,
    sort: pick(memberSorts, search.sort) ?? "name",
    desc: search.dir === "desc",
    page: pageIndex(search.page),
  };
}

/**
 * One row per member of the scope with its gaps as booleans, last activity and open deals. When
 * the table is sorted by activity or open deals, every member's figures are needed: they come from
 * one grouped pass over the inquiries (`act`) rather than index lookups per member, which took
 * seconds for all chambers' 15,000 members (npm run bench:chamber). Otherwise only the page's rows
 * need them, and the planner looks them up for those alone.
 */
function membersCte(scope: ConsoleScope, locale: string, byActivity = false): SQL {
  const activity = byActivity
    ? sql`greatest(c.updated_at, act.last_at) as last_active, coalesce(act.open, 0) as open_deals,`
    : sql`greatest(c.updated_at, (select max(i.last_message_at) from inquiries i where i.sme_id = c.id),
                             (select max(i.last_message_at) from inquiries i where i.distributor_id = c.id)) as last_active,
      (select count(*) from inquiries i where (i.sme_id = c.id or i.distributor_id = c.id) and i.stage not in ('signed', 'closed')) as open_deals,`;
  const join = byActivity
    ? sql`left join (
        select member_id, max(last_message_at) as last_at, count(*) filter (where stage not in ('signed', 'closed')) as open
        from (select i.sme_id as member_id, i.last_message_at, i.stage from inquiries i
                where ${sideInScope(scope, "i.sme_current_chamber_id")}
              union all
              select i.distributor_id, i.last_message_at, i.stage from inquiries i
                where ${sideInScope(scope, "i.distributor_current_chamber_id")}) x
        group by member_id) act on act.member_id = c.id`
    : sql``;
  return sql`m as (
    select c.id, c.ref, c.name, c.kind, c.status, c.region, c.created_at as joined,
      coalesce(c.name->>${locale}, c.name->>'en', c.name->>'ja', c.name->>'zh', c.ref) as sort_name,
      ${activity}
      ${gapColumns(sql.raw("c"))}
    from companies c ${join}
    where ${memberCondition(scope, "c")} and c.deleted_at is null
  )`;
}

function filters(query: MemberQuery): SQL {
  const parts: SQL[] = [sql`true`];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`(name::text ilike ${like} or ref ilike ${like})`);
  }
  if (query.status) parts.push(sql`status = ${query.status}`);
  if (query.kind) parts.push(sql`kind = ${query.kind}`);
  if (query.region) parts.push(sql`region = ${query.region}`);
  if (query.completeness === "complete") parts.push(sql`not ${anyGap}`);
  if (query.completeness === "incomplete") parts.push(anyGap);
  return sql.join(parts, sql` and `);
}

const orderColumns: Record<MemberSort, string> = { name: "sort_name", status: "status", joined: "joined", lastActive: "last_active", openDeals: "open_deals" };

type Raw = {
  id: string;
  ref: string;
  name: Localized | string;
  kind: CompanyKind;
  status: CompanyStatus;
  region: string;
  joined: Date | string;
  last_active: Date | string;
  open_deals: unknown;
  total: unknown;
} & GapFlags;

function toRow(r: Raw): MemberRow {
  return {
    id: r.id,
    ref: r.ref,
    name: typeof r.name === "string" ? (JSON.parse(r.name) as Localized) : r.name,
    kind: r.kind,
    status: r.status,
    region: r.region,
    joined: new Date(r.joined),
    lastActive: new Date(r.last_active),
    openDeals: Number(r.open_deals),
    gaps: gapsOf(r),
  };
}

/** A page of the scope's members matching the query, and how many match in all. */
/** `all`: every matching member on one page (the CSV export). */
export async function listMembers(
  scope: ConsoleScope,
  query: MemberQuery,
  locale: string,
  options: { all?: boolean } = {},
): Promise<{ rows: MemberRow[]; total: number }> {
  const db = await getDb();
  const order = sql.raw(`${orderColumns[query.sort ?? "name"]} ${query.desc ? "desc" : "asc"} nulls last, ref`);
  const page = query.page ?? 0;
  const rows = await rowsOf<Raw>(
    db,
    sql`with ${membersCte(scope, locale, query.sort === "lastActive" || query.sort === "openDeals")}
        select *, count(*) over () as total from m where ${filters(query)}
        order by ${order} ${options.all ? sql`` : sql`limit ${MEMBERS_PAGE_SIZE} offset ${page * MEMBERS_PAGE_SIZE}`}`,
  );
  return { rows: rows.map(toRow), total: Number(rows[0]?.total ?? 0) };
}

/** The members among `ids` that are in the scope, with their gaps (for the nudge). */
export async function membersWithGaps(executor: Executor, scope: ConsoleScope, ids: string[]): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await rowsOf<Raw>(executor, sql`with ${membersCte(scope, "en")} select *, 0 as total from m where id in (${list}) and ${anyGap}`);
  return rows.map(toRow);
}

/** The regions the scope's members are in, for the filter. */
export async function memberRegions(scope: ConsoleScope): Promise<string[]> {
  const db = await getDb();
  const rows = await rowsOf<{ region: string }>(
    db,
    sql`select distinct c.region from companies c where ${memberCondition(scope, "c")} and c.deleted_at is null order by 1`,
  );
  return rows.map((r) => r.region);
}
