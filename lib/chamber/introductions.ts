import "server-only";
/**
 * Chamber recommendations followed to the end. Each recommendation's state is read from what the
 * pair did since (an inquiry between them opened after it, a reply from the side that did not
 * open it, an accepted meeting, a signed deal), so it is always current; reminders and the
 * admin's nudge or closing are kept in introduction_followups.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { Localized } from "@/db/schema";
import { DISTRIBUTOR_ZONE, SME_ZONE } from "@/lib/inquiries/zones";
import { rowsOf } from "@/lib/matching/db-rows";
import { afterWorkingDays } from "./working-days";

export const introductionStates = ["recommended", "contacted", "replied", "met", "signed", "silent", "closed"] as const;
export type IntroductionState = (typeof introductionStates)[number];

export const CONTACT_DAYS = 7;
export const REPLY_WORKING_DAYS = 3;
const DAY = 86_400_000;

export type Introduction = {
  smeId: string;
  distributorId: string;
  chamberId: string;
  recommendedAt: Date;
  sme: Localized;
  distributor: Localized;
  chamberName: Localized;
  inquiryId: string | null;
  subject: string | null;
  contactedAt: Date | null;
  openerId: string | null;
  replied: boolean;
  met: boolean;
  signed: boolean;
  contactRemindedAt: Date | null;
  replyRemindedAt: Date | null;
  nudgedAt: Date | null;
  closedAt: Date | null;
  closedReason: string | null;
};

type Raw = Record<string, unknown>;
const date = (v: unknown) => (v ? new Date(v as string) : null);
const json = (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as Localized) : (v as Localized));

/** The recommendations of one chamber (null: all), with what happened since each. */
export async function loadIntroductions(db: Executor, chamberId: string | null): Promise<Introduction[]> {
  const rows = await rowsOf<Raw>(
    db,
    sql`select r.sme_id, r.distributor_id, r.chamber_id, r.created_at, s.name as sme, d.name as dist, ch.name as chamber_name,
          x.first_id, x.first_subject, x.first_at, x.first_opener, coalesce(x.replied, false) as replied, coalesce(x.met, false) as met, coalesce(x.signed, false) as signed,
          f.contact_reminded_at, f.reply_reminded_at, f.nudged_at, f.closed_at, f.closed_reason
        from match_recommendations r
        join companies s on s.id = r.sme_id
        join companies d on d.id = r.distributor_id
        join chambers ch on ch.id = r.chamber_id
        left join introduction_followups f on f.sme_id = r.sme_id and f.distributor_id = r.distributor_id and f.chamber_id = r.chamber_id
        left join lateral (
          select (array_agg(i.id order by i.created_at))[1] as first_id,
                 (array_agg(i.subject order by i.created_at))[1] as first_subject,
                 min(i.created_at) as first_at,
                 (array_agg(i.opened_by_company_id order by i.created_at))[1] as first_opener,
                 bool_or(exists (select 1 from inquiry_messages m where m.inquiry_id = i.id
                   and m.author_side = (case when i.opened_by_company_id = i.distributor_id then 'sme' else 'distributor' end)::author_side)) as replied,
                 bool_or(exists (select 1 from meetings mt where mt.inquiry_id = i.id and mt.status = 'accepted')) as met,
                 bool_or(i.stage = 'signed') as signed
          from inquiries i
          where i.sme_id = r.sme_id and i.distributor_id = r.distributor_id and i.created_at >= r.created_at
        ) x on true
        where ${chamberId ? sql`r.chamber_id = ${chamberId}` : sql`true`}
        order by r.created_at desc`,
  );
  return rows.map((r) => ({
    smeId: r.sme_id as string,
    distributorId: r.distributor_id as string,
    chamberId: r.chamber_id as string,
    recommendedAt: date(r.created_at)!,
    sme: json(r.sme),
    distributor: json(r.dist),
    chamberName: json(r.chamber_name),
    inquiryId: (r.first_id as string) ?? null,
    subject: (r.first_subject as string) ?? null,
    contactedAt: date(r.first_at),
    openerId: (r.first_opener as string) ?? null,
    replied: Boolean(r.replied),
    met: Boolean(r.met),
    signed: Boolean(r.signed),
    contactRemindedAt: date(r.contact_reminded_at),
    replyRemindedAt: date(r.reply_reminded_at),
    nudgedAt: date(r.nudged_at),
    closedAt: date(r.closed_at),
    closedReason: (r.closed_reason as string) ?? null,
  }));
}

/** The side that owes the first reply, and its time zone. */
export function waitingSide(intro: Introduction): { companyId: string; zone: string } {
  return intro.openerId === intro.distributorId ? { companyId: intro.smeId, zone: SME_ZONE } : { companyId: intro.distributorId, zone: DISTRIBUTOR_ZONE };
}

/** When the reminder of each kind falls due (null: not, or no longer, applicable). */
export function reminderDue(intro: Introduction): { contact: Date | null; reply: Date | null } {
  if (intro.closedAt || intro.signed) return { contact: null, reply: null };
  const contact = intro.contactedAt ? null : new Date(intro.recommendedAt.getTime() + CONTACT_DAYS * DAY);
  const reply = intro.contactedAt && !intro.replied ? afterWorkingDays(intro.contactedAt, REPLY_WORKING_DAYS, waitingSide(intro).zone) : null;
  return { contact, reply };
}

/**
 * Gone silent: a reminder was sent and a second period passed with nothing more (7 days without
 * contact, or 3 more working days without the reply).
 */
export function isSilent(intro: Introduction, now: Date): boolean {
  if (intro.closedAt || intro.signed) return false;
  if (!intro.contactedAt) return Boolean(intro.contactRemindedAt && now.getTime() >= intro.contactRemindedAt.getTime() + CONTACT_DAYS * DAY);
  if (!intro.replied) return Boolean(intro.replyRemindedAt && now >= afterWorkingDays(intro.replyRemindedAt, REPLY_WORKING_DAYS, waitingSide(intro).zone));
  return false;
}

export function stateOf(intro: Introduction, now: Date): IntroductionState {
  if (intro.closedAt) return "closed";
  if (intro.signed) return "signed";
  if (isSilent(intro, now)) return "silent";
  if (intro.met) return "met";
  if (intro.replied) return "replied";
  if (intro.contactedAt) return "contacted";
  return "recommended";
}
