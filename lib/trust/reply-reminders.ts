import "server-only";
// Silence after a first message: the receiving company is reminded after 2 working days, and
// the thread goes on the SME's chamber's "waiting for a reply" list after 5 (its admins are told
// once), each in the receiving company's calendar (Japan time for an SME, China time for a
// distributor). Each step is claimed on the inquiry row, so it fires once even with several instances.
import { sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import type { Localized } from "@/db/schema";
import type { ConsoleScope } from "@/lib/chamber/access";
import { afterWorkingDays } from "@/lib/chamber/working-days";
import { chamberAdminIds, memberIds } from "@/lib/inquiries/participants";
import { DISTRIBUTOR_ZONE, SME_ZONE } from "@/lib/inquiries/zones";
import { rowsOf } from "@/lib/matching/db-rows";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { REPLY_WORKING_DAYS } from "./reply-figures";

export const WAITING_WORKING_DAYS = 5;
// A thread older than this that never had a reply is past reminding (and bounds the scan).
const LOOKBACK_DAYS = 60;

type Candidate = {
  id: string;
  subject: string;
  created_at: string | Date;
  chamber_id: string | null;
  receiver: string;
  receiver_side: "sme" | "distributor";
  receiver_name: Localized;
  opener_name: Localized;
  reply_reminded_at: string | Date | null;
  waiting_listed_at: string | Date | null;
};

const json = <T>(v: unknown) => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));

/** The thread's unanswered first message: who must answer, and their names. */
const unanswered = (where: ReturnType<typeof sql>) => sql`
  select i.id, i.subject, i.created_at, i.chamber_id, i.reply_reminded_at, i.waiting_listed_at,
    case when i.opened_by_company_id = i.distributor_id then i.sme_id else i.distributor_id end as receiver,
    case when i.opened_by_company_id = i.distributor_id then 'sme' else 'distributor' end as receiver_side,
    case when i.opened_by_company_id = i.distributor_id then s.name else d.name end as receiver_name,
    case when i.opened_by_company_id = i.distributor_id then d.name else s.name end as opener_name,
    s.name as sme_name, d.name as distributor_name
  from inquiries i join companies s on s.id = i.sme_id join companies d on d.id = i.distributor_id
  where i.first_reply_at is null and i.stage not in ('closed', 'signed') and ${where}`;

/** Sets `column` to now unless it is set or the thread was answered meanwhile: true for the one caller that did. */
async function claim(tx: Executor, id: string, column: "reply_reminded_at" | "waiting_listed_at", now: Date): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    sql`update inquiries set ${sql.raw(column)} = ${now.toISOString()}::timestamptz
        where id = ${id} and ${sql.raw(column)} is null and first_reply_at is null returning id`,
  );
  return rows.length > 0;
}

/** One round: every reminder and chamber notice that fell due by `now`, each once. Returns how many fired. */
export async function runReplyReminders(now = new Date()): Promise<{ reminded: number; listed: number }> {
  const db = await getDb();
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const candidates = await rowsOf<Candidate>(
    db,
    unanswered(
      sql`i.created_at >= ${since.toISOString()}::timestamptz and (i.reply_reminded_at is null or (i.waiting_listed_at is null and i.chamber_id is not null))`,
    ),
  );
  let reminded = 0;
  let listed = 0;
  for (const c of candidates) {
    const openedAt = new Date(c.created_at);
    const zone = c.receiver_side === "sme" ? SME_ZONE : DISTRIBUTOR_ZONE;
    const payload = { inquiryId: c.id, subject: c.subject, companyName: nameParam(json<Localized>(c.opener_name)) };
    if (!c.reply_reminded_at && now >= afterWorkingDays(openedAt, REPLY_WORKING_DAYS, zone)) {
      await db.transaction(async (tx) => {
        if (!(await claim(tx, c.id, "reply_reminded_at", now))) return;
        await notify(tx, { type: "reply_reminder", userIds: await memberIds(tx, [c.receiver]), payload });
        reminded++;
      });
    }
    if (c.chamber_id && !c.waiting_listed_at && now >= afterWorkingDays(openedAt, WAITING_WORKING_DAYS, zone)) {
      await db.transaction(async (tx) => {
        if (!(await claim(tx, c.id, "waiting_listed_at", now))) return;
        await notify(tx, {
          type: "reply_waiting",
          userIds: await chamberAdminIds(tx, c.chamber_id),
          // Named here: the company that has not replied.
          payload: { inquiryId: c.id, subject: c.subject, companyName: nameParam(json<Localized>(c.receiver_name)), path: "/chamber/waiting" },
        });
        listed++;
      });
    }
  }
  return { reminded, listed };
}

export type WaitingThread = {
  id: string;
  subject: string;
  openedAt: Date;
  listedAt: Date;
  receiverSide: "sme" | "distributor";
  sme: Localized;
  distributor: Localized;
};

/** The chamber's "waiting for a reply" list: its threads listed after 5 working days and still unanswered, oldest first. */
export async function listWaitingForReply(scope: ConsoleScope): Promise<WaitingThread[]> {
  const rows = await rowsOf<Candidate & { sme_name: Localized; distributor_name: Localized }>(
    await getDb(),
    sql`${unanswered(sql`i.waiting_listed_at is not null and ${scope.chamberId ? sql`i.chamber_id = ${scope.chamberId}` : sql`i.chamber_id is not null`}`)}
        order by i.created_at limit 500`,
  );
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    openedAt: new Date(r.created_at),
    listedAt: new Date(r.waiting_listed_at!),
    receiverSide: r.receiver_side,
    sme: json<Localized>(r.sme_name),
    distributor: json<Localized>(r.distributor_name),
  }));
}
