import "server-only";
// The reminders a recommendation's silence sets off (each once), and the admin's nudge or closing.
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companyMembers, introductionFollowups, matchRecommendations, type Localized, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { loadIntroductions, reminderDue, waitingSide, type Introduction } from "./introductions";
import { consoleScope } from "./access";

type Key = { smeId: string; distributorId: string; chamberId: string };
type Reason = "contact" | "reply" | "nudge";

/** Tells the members of `companyIds` about the introduction, each side naming the other company. */
async function remind(tx: Executor, intro: Introduction, companyIds: string[], reason: Reason): Promise<void> {
  const members = await tx.select().from(companyMembers).where(inArray(companyMembers.companyId, companyIds));
  for (const companyId of companyIds) {
    const isSme = companyId === intro.smeId;
    const other: { id: string; name: Localized } = isSme ? { id: intro.distributorId, name: intro.distributor } : { id: intro.smeId, name: intro.sme };
    await notify(tx, {
      type: "introduction_reminder",
      userIds: members.filter((m) => m.companyId === companyId).map((m) => m.userId),
      payload: {
        chamberName: nameParam(intro.chamberName),
        companyName: nameParam(other.name),
        reason,
        subject: intro.subject ?? "",
        path: reason === "reply" && intro.inquiryId ? `/inquiries/${intro.inquiryId}` : `/companies/${other.id}`,
      },
    });
  }
}

/**
 * Records that a reminder of `column` was sent, unless one already was: the row comes back only
 * to the one caller that set it, so two instances never send the same reminder twice.
 */
async function claim(tx: Executor, key: Key, column: "contact_reminded_at" | "reply_reminded_at", now: Date): Promise<boolean> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = (await tx.execute(sql`
    insert into introduction_followups (sme_id, distributor_id, chamber_id, ${sql.raw(column)})
    values (${key.smeId}, ${key.distributorId}, ${key.chamberId}, ${at})
    on conflict (sme_id, distributor_id, chamber_id) do update set ${sql.raw(column)} = ${at}
      where introduction_followups.${sql.raw(column)} is null
    returning sme_id`)) as unknown;
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return rows.length > 0;
}

/**
 * One round of the reminder job: both sides of a recommendation nobody acted on within 7 days,
 * and the waiting side of its inquiry unanswered for 3 working days (in the waiting side's
 * zone), each reminder once. Returns how many reminders went out.
 */
export async function runIntroductionReminders(now = new Date()): Promise<number> {
  const db = await getDb();
  let sent = 0;
  for (const intro of await loadIntroductions(db, null)) {
    const due = reminderDue(intro);
    const key = { smeId: intro.smeId, distributorId: intro.distributorId, chamberId: intro.chamberId };
    if (due.contact && now >= due.contact && !intro.contactRemindedAt) {
      await db.transaction(async (tx) => {
        if (!(await claim(tx, key, "contact_reminded_at", now))) return;
        await remind(tx, intro, [intro.smeId, intro.distributorId], "contact");
        sent++;
      });
    }
    if (due.reply && now >= due.reply && !intro.replyRemindedAt) {
      await db.transaction(async (tx) => {
        if (!(await claim(tx, key, "reply_reminded_at", now))) return;
        await remind(tx, intro, [waitingSide(intro).companyId], "reply");
        sent++;
      });
    }
  }
  return sent;
}

/** The recommendation, if it is the admin's chamber's (any, for platform admins). */
async function ownIntroduction(admin: User, key: Key): Promise<Introduction> {
  const scope = consoleScope(admin);
  if (scope.chamberId && scope.chamberId !== key.chamberId) throw new PublicError("notFound");
  const db = await getDb();
  const [exists] = await db
    .select({ smeId: matchRecommendations.smeId })
    .from(matchRecommendations)
    .where(
      and(
        eq(matchRecommendations.smeId, key.smeId),
        eq(matchRecommendations.distributorId, key.distributorId),
        eq(matchRecommendations.chamberId, key.chamberId),
      ),
    );
  if (!exists) throw new PublicError("notFound");
  const intro = (await loadIntroductions(db, key.chamberId)).find((i) => i.smeId === key.smeId && i.distributorId === key.distributorId);
  if (!intro) throw new PublicError("notFound");
  return intro;
}

/** The admin reminds both companies of the introduction again. */
export async function nudgeIntroduction(admin: User, key: Key): Promise<void> {
  const intro = await ownIntroduction(admin, key);
  if (intro.closedAt) throw new PublicError("invalidTransition");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(introductionFollowups)
      .values({ ...key, nudgedAt: sql`now()` })
      .onConflictDoUpdate({
        target: [introductionFollowups.smeId, introductionFollowups.distributorId, introductionFollowups.chamberId],
        set: { nudgedAt: sql`now()` },
      });
    await remind(tx, intro, [intro.smeId, intro.distributorId], "nudge");
  });
}

/** The admin closes the introduction with a reason; it leaves the silent list and gets no more reminders. */
export async function closeIntroduction(admin: User, key: Key, reason: string): Promise<void> {
  if (!reason.trim()) throw new PublicError("reasonRequired", "reason");
  await ownIntroduction(admin, key);
  const db = await getDb();
  const values = { closedAt: sql`now()`, closedReason: reason.trim(), closedBy: admin.id };
  await db
    .insert(introductionFollowups)
    .values({ ...key, ...values })
    .onConflictDoUpdate({ target: [introductionFollowups.smeId, introductionFollowups.distributorId, introductionFollowups.chamberId], set: values });
}
