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
import { memberCondition, sideInScope, type ConsoleScope } from "./access";

export const funnelSteps = ["members", "matched", "contacted", "replied", "met", "samples", "signed"] as const;
export type FunnelStep = (typeof funnelSteps)[number];
export type Funnel = Record<FunnelStep, number>;
export const dealSteps = ["contacted", "replied", "met", "samples", "signed"] as const;
export type DealCounts = Record<(typeof dealSteps)[number], number>;

const n = (v: unknown) => Number(v ?? 0);
export const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * `d`: every inquiry opened in the period with a member (any status: a suspended member's past
 * deals still count; not deleted) on either side, with what became of it, read from the facts kept
 * on the row (lib/inquiries/facts.ts): replied (the side that did not open it wrote), met (a
 * meeting accepted), samples (the deal reached "samples sent" or a later stage, even if closed
 * since), signed. `s`: the same, once per member side. Membership is each side's current chamber
 * kept on the row (migration 0027), so both read the inquiries_console index alone.
 */
export function dealsCte(scope: ConsoleScope, period: Period): SQL {
  return sql`d as (
      select i.id, i.sme_id, i.distributor_id, i.product_id, i.created_at,
        ${sideInScope(scope, "i.sme_current_chamber_id")} as sme_member, ${sideInScope(scope, "i.distributor_current_chamber_id")} as distributor_member,
        i.first_reply_at is not null as replied, i.met_at is not null as met, i.samples_at is not null as samples,
        i.stage = 'signed' as signed
      from inquiries i
      where i.created_at >= ${ts(period.from)} and i.created_at < ${ts(period.to)}
        and (${sideInScope(scope, "i.sme_current_chamber_id")} or ${sideInScope(scope, "i.distributor_current_chamber_id")})
    ),
    s as (
      select d.*, d.sme_id as member_id from d where d.sme_member
      union all
      select d.*, d.distributor_id as member_id from d where d.distributor_member
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

/**
 * Approved members who had joined by `to`, and those of them with at least one stored match
 * (match_profiles.has_match, kept by triggers on matches: the matches table holds only pairs of
 * visible companies: the match queue deletes a company's pairs once it is no longer visible).
 */
function membersMatchedSql(scope: ConsoleScope, to: Date, bucket?: SQL): SQL {
  return sql`select ${bucket ?? sql`0`} as bucket, count(*) as members, count(*) filter (where mp.has_match) as matched
    from companies c left join match_profiles mp on mp.company_id = c.id
    where ${memberCondition(scope, "c")} and c.deleted_at is null and c.status = 'approved' and c.created_at < ${ts(to)}
    group by 1`;
}

/** The funnel for the period: member companies that reached each step. */
export async function chamberFunnel(scope: ConsoleScope, period: Period): Promise<Funnel> {
  return consoleRead(async (db) => {
    const [[base], [deals]] = await Promise.all([
      rowsOf<{ members: unknown; matched: unknown }>(db, membersMatchedSql(scope, period.to)),
      rowsOf<CountRow>(db, sql`with ${dealsCte(scope, period)} ${companyCounts(sql`0`)}`),
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
    const starts = bucketStarts(period);
    // Bucket i (from 1) starts at starts[i - 1], midnight in Japan; width_bucket finds it by binary
    // search over the boundaries, cheaper per row than truncating a date in a time zone.
    const bounds = sql`array[${sql.join(
      starts.map((day) => ts(new Date(Date.parse(`${day}T00:00:00+09:00`)))),
      sql`, `,
    )}]`;
    const bucketOf = (column: string) => sql`width_bucket(${sql.raw(column)}, ${bounds})`;
    const [joined, deals] = await Promise.all([
      rowsOf<{ bucket: unknown; members: unknown; matched: unknown }>(
        db,
        membersMatchedSql(scope, period.to, sql`case when c.created_at < ${ts(period.from)} then 0 else ${bucketOf("c.created_at")} end`),
      ),
      rowsOf<CountRow & { bucket: unknown }>(db, sql`with ${dealsCte(scope, period)} ${companyCounts(bucketOf("created_at"))}`),
    ]);
    // Bucket 0 holds the members who joined before the period.
    return starts.map((start, i) => {
      const upTo = joined.filter((r) => n(r.bucket) <= i + 1);
      const members = upTo.reduce((t, r) => t + n(r.members), 0);
      const matched = upTo.reduce((t, r) => t + n(r.matched), 0);
      return { start, members, matched, ...dealCountsOf(deals.find((r) => n(r.bucket) === i + 1)) };
    });
  });
}
