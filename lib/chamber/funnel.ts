import "server-only";
/**
 * The chamber console's figures: the programme funnel (member companies that reached each step),
 * the same per week or month, breakdowns of the deals, and the chamber's recommendations beside
 * the members' own contacts. Each figure is one SQL statement over the scope's members and the
 * inquiries opened in the period, whose outcome (replied, met, samples) is read from the facts kept
 * on each inquiry row (lib/inquiries/facts.ts); see README "Chamber console" for what each step counts.
 */
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/lib/matching/db-rows";
import { consoleRead } from "./read";
import { bucketStarts, type Period } from "./period";
import { memberCondition, type ConsoleScope } from "./access";

export const funnelSteps = ["members", "matched", "contacted", "replied", "met", "samples", "signed"] as const;
export type FunnelStep = (typeof funnelSteps)[number];
export type Funnel = Record<FunnelStep, number>;
export const dealSteps = ["contacted", "replied", "met", "samples", "signed"] as const;
export type DealCounts = Record<(typeof dealSteps)[number], number>;

const n = (v: unknown) => Number(v ?? 0);
export const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** The scope's member companies (any status: a suspended member's past deals still count). */
function membersCte(scope: ConsoleScope): SQL {
  return sql`mem as (select c.id from companies c where ${memberCondition(scope, "c")} and c.deleted_at is null)`;
}

/**
 * `d`: every inquiry opened in the period with a member on either side, with what became of it,
 * read from the facts kept on the row (lib/inquiries/facts.ts): replied (the side that did not open
 * it wrote), met (a meeting accepted), samples (the deal reached "samples sent" or a later stage,
 * even if closed since), signed. `s`: the same, once per member side.
 */
export function dealsCte(scope: ConsoleScope, period: Period): SQL {
  return sql`${membersCte(scope)},
    d as (
      select i.id, i.sme_id, i.distributor_id, i.product_id, i.created_at,
        i.first_reply_at is not null as replied, i.met_at is not null as met, i.samples_at is not null as samples,
        i.stage = 'signed' as signed
      from inquiries i
      where i.created_at >= ${ts(period.from)} and i.created_at < ${ts(period.to)}
        and (i.sme_id in (select id from mem) or i.distributor_id in (select id from mem))
    ),
    s as (
      select d.*, d.sme_id as member_id from d where d.sme_id in (select id from mem)
      union all
      select d.*, d.distributor_id as member_id from d where d.distributor_id in (select id from mem)
    )`;
}

/**
 * Member companies that reached each step, from `s` grouped first by `bucket` and member (a hash
 * aggregate: five count(distinct) would each sort the rows).
 */
function companyCounts(bucket: SQL): SQL {
  return sql`select bucket, count(*) as contacted, count(*) filter (where replied) as replied, count(*) filter (where met) as met,
      count(*) filter (where samples) as samples, count(*) filter (where signed) as signed
    from (select ${bucket} as bucket, member_id, bool_or(replied) as replied, bool_or(met) as met, bool_or(samples) as samples, bool_or(signed) as signed
          from s group by 1, 2) per_member
    group by 1`;
}

/** Deals reaching each step, over rows with one deal each per group (each statement's grouping ensures it). */
export const dealCounts = sql`count(*) as contacted,
  count(*) filter (where replied) as replied,
  count(*) filter (where met) as met,
  count(*) filter (where samples) as samples,
  count(*) filter (where signed) as signed`;

export type CountRow = Record<(typeof dealSteps)[number], unknown>;
export const dealCountsOf = (r: CountRow | undefined): DealCounts => ({
  contacted: n(r?.contacted),
  replied: n(r?.replied),
  met: n(r?.met),
  samples: n(r?.samples),
  signed: n(r?.signed),
});

/** Approved members who had joined by `to`, and those of them with at least one current match. */
function membersMatchedSql(scope: ConsoleScope, to: Date, bucket?: SQL): SQL {
  return sql`select ${bucket ?? sql`''`} as bucket, count(*) as members,
      count(*) filter (where exists (select 1 from matches m join companies o on o.id = m.distributor_id
                                     where m.sme_id = c.id and o.status = 'approved' and o.deleted_at is null)
                        or exists (select 1 from matches m join companies o on o.id = m.sme_id
                                   where m.distributor_id = c.id and o.status = 'approved' and o.deleted_at is null)) as matched
    from companies c
    where ${memberCondition(scope, "c")} and c.deleted_at is null and c.status = 'approved' and c.created_at < ${ts(to)}
    group by 1`;
}

/** The funnel for the period: member companies that reached each step. */
export async function chamberFunnel(scope: ConsoleScope, period: Period): Promise<Funnel> {
  return consoleRead(async (db) => {
    const [[base], [deals]] = await Promise.all([
      rowsOf<{ members: unknown; matched: unknown }>(db, membersMatchedSql(scope, period.to)),
      rowsOf<CountRow>(db, sql`with ${dealsCte(scope, period)} ${companyCounts(sql`''`)}`),
    ]);
    return { members: n(base?.members), matched: n(base?.matched), ...dealCountsOf(deals) };
  });
}

export type SeriesPoint = Funnel & { start: string };

/**
 * The funnel per week or month of the period: members and matched as they stood at each bucket's
 * end (members counted by when they joined), the other steps among the inquiries opened in it.
 */
export async function chamberSeries(scope: ConsoleScope, period: Period): Promise<SeriesPoint[]> {
  return consoleRead(async (db) => {
    const unit = sql.raw(`'${period.unit}'`);
    const bucketOf = (column: string) => sql`to_char(date_trunc(${unit}, ${sql.raw(column)} at time zone 'Asia/Tokyo'), 'YYYY-MM-DD')`;
    const [joined, deals] = await Promise.all([
      rowsOf<{ bucket: string; members: unknown; matched: unknown }>(
        db,
        membersMatchedSql(scope, period.to, sql`case when c.created_at < ${ts(period.from)} then '' else ${bucketOf("c.created_at")} end`),
      ),
      rowsOf<CountRow & { bucket: string }>(db, sql`with ${dealsCte(scope, period)} ${companyCounts(bucketOf("created_at"))}`),
    ]);
    // The SQL buckets are date_trunc's, which start on the same days as bucketStarts' (Mondays, firsts).
    const before = joined.find((r) => r.bucket === "");
    return bucketStarts(period).map((start) => {
      const upTo = joined.filter((r) => r.bucket !== "" && r.bucket <= start);
      const members = n(before?.members) + upTo.reduce((t, r) => t + n(r.members), 0);
      const matched = n(before?.matched) + upTo.reduce((t, r) => t + n(r.matched), 0);
      return { start, members, matched, ...dealCountsOf(deals.find((r) => r.bucket === start)) };
    });
  });
}
