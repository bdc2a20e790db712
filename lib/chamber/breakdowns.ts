import "server-only";
// The period's deals broken down by member, partner province, HS chapter and channel type, and
// the chamber's recommendations next to the members' own contacts.
import { sql, type SQL } from "drizzle-orm";
import type { Localized } from "@/db/schema";
import { rowsOf } from "@/lib/matching/db-rows";
import { consoleRead } from "./read";
import { dealCounts, dealCountsOf, dealsCte, ts, type CountRow, type DealCounts } from "./funnel";
import type { Period } from "./period";
import type { ConsoleScope } from "./access";

export type BreakdownRow = DealCounts & { key: string };
export type MemberRow = DealCounts & { id: string; ref: string; name: Localized };
export type Breakdowns = { members: MemberRow[]; provinces: BreakdownRow[]; chapters: BreakdownRow[]; channels: BreakdownRow[] };

/** At most this many members are listed, those with the most deals first. */
export const MEMBER_ROWS = 100;

const json = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);

/**
 * Deals (one inquiry each) per member, per partner province (the distributor's region), per HS
 * chapter of the product asked about ("" when the inquiry was about no product or one without a
 * code) and per channel type of the distributor (a deal counts once under each of its types; ""
 * when it has none).
 */
export async function chamberBreakdowns(scope: ConsoleScope, period: Period): Promise<Breakdowns> {
  return consoleRead(async (db) => {
    // One statement: the period's deals are scanned once (d is materialized) and grouped four ways;
    // `pos` keeps each part's order (most deals first, then the key in the database's collation).
    const part = (kind: string, from: SQL, key: string, counts = dealCounts) =>
      sql`select ${sql.raw(`'${kind}'`)} as kind, key, null::uuid as id, null::text as ref, null::jsonb as name, contacted, replied, met, samples, signed
          from (select ${sql.raw(key)} as key, ${counts} from ${from} group by 1) counts`;
    // The distributor-keyed parts sum the deals counted once per distributor first.
    const summed = sql`sum(contacted) as contacted, sum(replied) as replied, sum(met) as met, sum(samples) as samples, sum(signed) as signed`;
    const rows = await rowsOf<CountRow & { kind: string; key: string | null; id: string | null; ref: string | null; name: Localized | string | null }>(
      db,
      sql`with ${dealsCte(scope, period)},
        g as (select member_id, ${dealCounts} from s group by member_id),
        per_distributor as (select distributor_id, ${dealCounts} from d group by distributor_id),
        -- The last listed member's counts: only members at or above them need their names (for the
        -- ties' order), not every member of every chamber.
        cut as (select contacted, signed from g order by contacted desc, signed desc offset ${MEMBER_ROWS - 1} limit 1),
        parts as (
          (select 'member' as kind, null as key, c.id, c.ref, c.name, g.contacted, g.replied, g.met, g.samples, g.signed
             from g join companies c on c.id = g.member_id
             where not exists (select 1 from cut) or (g.contacted, g.signed) >= (select contacted, signed from cut)
             order by g.contacted desc, g.signed desc, c.ref limit ${MEMBER_ROWS})
          union all
          ${part("province", sql`per_distributor pd join companies dist on dist.id = pd.distributor_id`, "dist.region", summed)}
          union all
          ${part("chapter", sql`d left join products p on p.id = d.product_id`, "coalesce(left(coalesce(p.hs_code, p.inferred_hs_code), 2), '')")}
          union all
          ${part(
            "channel",
            sql`per_distributor pd left join (select distinct sc.company_id, sc.type from sales_channels sc) ch on ch.company_id = pd.distributor_id`,
            "coalesce(ch.type::text, '')",
            summed,
          )}
        )
        select * from parts
        order by kind, case when kind = 'member' then 0 else contacted end desc,
          case when kind = 'member' then null else key end,
          case when kind = 'member' then contacted end desc, case when kind = 'member' then signed end desc, ref`,
    );
    const keyed = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => ({ key: r.key ?? "", ...dealCountsOf(r) }));
    return {
      members: rows.filter((r) => r.kind === "member").map((r) => ({ id: r.id!, ref: r.ref!, name: json(r.name!), ...dealCountsOf(r) })),
      provinces: keyed("province"),
      chapters: keyed("chapter"),
      channels: keyed("channel"),
    };
  });
}

export type RecommendationFigures = {
  /** Pairs the chamber recommended in the period, those contacted since, those signed. */
  recommended: { pairs: number; contacted: number; signed: number };
  /** Deals opened in the period between pairs the chamber had not recommended. */
  own: { contacted: number; signed: number };
};

/**
 * The chamber's recommendations followed: a recommended pair counts as contacted once either side
 * opened an inquiry to the other after the recommendation, and as signed when such a deal is
 * signed. The members' own contacts are the period's deals of pairs the chamber had not recommended
 * before the inquiry opened.
 */
export async function recommendationFigures(scope: ConsoleScope, period: Period): Promise<RecommendationFigures> {
  return consoleRead(async (db) => {
    const byChamber = (alias: string) => (scope.chamberId ? sql`${sql.raw(alias)}.chamber_id = ${scope.chamberId}` : sql`true`);
    const [[rec], [own]] = await Promise.all([
      rowsOf<{ pairs: unknown; contacted: unknown; signed: unknown }>(
        db,
        sql`select count(*) as pairs,
              count(*) filter (where exists (select 1 from inquiries i where i.sme_id = r.sme_id and i.distributor_id = r.distributor_id and i.created_at >= r.created_at)) as contacted,
              count(*) filter (where exists (select 1 from inquiries i where i.sme_id = r.sme_id and i.distributor_id = r.distributor_id and i.created_at >= r.created_at and i.stage = 'signed')) as signed
            from match_recommendations r
            where ${byChamber("r")} and r.created_at >= ${ts(period.from)} and r.created_at < ${ts(period.to)}`,
      ),
      rowsOf<{ contacted: unknown; signed: unknown }>(
        db,
        sql`with ${dealsCte(scope, period)}
            select count(*) as contacted, count(*) filter (where signed) as signed from d
            where not exists (select 1 from match_recommendations r where r.sme_id = d.sme_id and r.distributor_id = d.distributor_id
                              and ${byChamber("r")} and r.created_at <= d.created_at)`,
      ),
    ]);
    return {
      recommended: { pairs: Number(rec?.pairs ?? 0), contacted: Number(rec?.contacted ?? 0), signed: Number(rec?.signed ?? 0) },
      own: { contacted: Number(own?.contacted ?? 0), signed: Number(own?.signed ?? 0) },
    };
  });
}
