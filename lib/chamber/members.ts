import "server-only";
// The chamber's member table: search, filters, sort and pages, with each member's profile gaps.
import { sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companyKinds, companyStatuses, type CompanyKind, type CompanyStatus, type Localized } from "@/db/schema";
import { rowsOf } from "@/lib/matching/db-rows";
import { memberCondition, type ConsoleScope } from "./access";

/** What a member's profile lacks: products (SMEs), product images (SMEs), a Chinese name, targets (SMEs: channels or regions; distributors: channels or HS codes). */
export const profileGaps = ["products", "images", "chineseNames", "targets"] as const;
export type ProfileGap = (typeof profileGaps)[number];
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

/** Reads a member query from the page's URL; anything unknown is left out. */
export function parseMemberQuery(search: Record<string, string | undefined>, page: number): MemberQuery {
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
    page,
  };
}

/** One row per member of the scope with its gaps as booleans, last activity and open deals. */
function membersCte(scope: ConsoleScope, locale: string): SQL {
  return sql`m as (
    select c.id, c.ref, c.name, c.kind, c.status, c.region, c.created_at as joined,
      coalesce(c.name->>${locale}, c.name->>'en', c.name->>'ja', c.name->>'zh', c.ref) as sort_name,
      greatest(c.updated_at, (select max(i.last_message_at) from inquiries i where i.sme_id = c.id),
                             (select max(i.last_message_at) from inquiries i where i.distributor_id = c.id)) as last_active,
      (select count(*) from inquiries i where (i.sme_id = c.id or i.distributor_id = c.id) and i.stage not in ('signed', 'closed')) as open_deals,
      (c.kind = 'sme' and not exists (select 1 from products p where p.company_id = c.id)) as gap_products,
      (c.kind = 'sme' and not exists (select 1 from products p join product_images pi on pi.product_id = p.id where p.company_id = c.id)) as gap_images,
      (coalesce(btrim(c.name->>'zh'), '') = ''
        or exists (select 1 from products p where p.company_id = c.id and coalesce(btrim(p.name->>'zh'), '') = '')) as gap_chinese_names,
      (case when c.kind = 'sme' then cardinality(c.target_channels) = 0 and cardinality(c.target_regions) = 0
            else not exists (select 1 from sales_channels sc where sc.company_id = c.id) and cardinality(c.hs_codes) = 0 end) as gap_targets
    from companies c
    where ${memberCondition(scope, "c")} and c.deleted_at is null
  )`;
}

const anyGap = sql`(gap_products or gap_images or gap_chinese_names or gap_targets)`;

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
  gap_products: boolean;
  gap_images: boolean;
  gap_chinese_names: boolean;
  gap_targets: boolean;
  total: unknown;
};

function toRow(r: Raw): MemberRow {
  const gaps: ProfileGap[] = [];
  if (r.gap_products) gaps.push("products");
  if (r.gap_images) gaps.push("images");
  if (r.gap_chinese_names) gaps.push("chineseNames");
  if (r.gap_targets) gaps.push("targets");
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
    gaps,
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
    sql`with ${membersCte(scope, locale)}
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
