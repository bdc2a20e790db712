import "server-only";
// A message from the chamber to the members an admin ticked: every user of each company gets it
// as a notification (and an email, per their settings), signed with the company's chamber, or
// with the platform's name when a platform admin sends it.
import { and, eq, inArray, isNull, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, companies, companyMembers, users, type Localized, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { PublicError } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/routing";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { consoleScope } from "./access";

export const MESSAGE_SUBJECT_MAX = 150;
export const MESSAGE_BODY_MAX = 4000;

export type BulkMessage = { subject: string; body: string };
/** companies: messaged; recipients: their users; ignored: ids that are not members of the admin's scope. */
export type BulkMessageResult = { companies: number; recipients: number; ignored: number };

/**
 * Sends the message to the users of each selected company that is a member of the admin's chamber
 * (any chamber's, for a platform admin); other ids are ignored and counted. One audit entry per
 * send, in the same transaction as the notifications, records the subject and the counts.
 */
export async function messageMembers(admin: User, ids: string[], message: BulkMessage): Promise<BulkMessageResult> {
  const scope = consoleScope(admin);
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) throw new PublicError("chamberConsole.members.errors.noneSelected");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ companyId: companies.id, chamberId: companies.chamberId, chamberName: chambers.name, userId: users.id })
      .from(companies)
      .innerJoin(chambers, eq(chambers.id, companies.chamberId))
      .leftJoin(companyMembers, eq(companyMembers.companyId, companies.id))
      // Only the accounts notify() writes to, so that the count is what was sent.
      .leftJoin(users, and(eq(users.id, companyMembers.userId), eq(users.status, "active"), isNull(users.deletedAt)))
      .where(
        and(
          inArray(companies.id, wanted),
          isNull(companies.deletedAt),
          scope.chamberId ? eq(companies.chamberId, scope.chamberId) : isNotNull(companies.chamberId),
        ),
      );
    const members = [...new Set(rows.map((r) => r.companyId))];
    // One event per chamber, so that each member reads its own chamber's name as the sender.
    const byChamber = new Map<string, { chamberName: (typeof rows)[number]["chamberName"]; userIds: Set<string> }>();
    for (const row of rows) {
      const group = byChamber.get(row.chamberId!) ?? { chamberName: row.chamberName, userIds: new Set<string>() };
      if (row.userId) group.userIds.add(row.userId);
      byChamber.set(row.chamberId!, group);
    }
    let recipients = 0;
    // A platform admin writes as the platform: no member's chamber sent it.
    const sender = admin.role === "platform_admin" ? platformName() : undefined;
    for (const { chamberName, userIds } of byChamber.values()) {
      recipients += userIds.size;
      await notify(tx, {
        type: "chamber_message",
        userIds: [...userIds],
        payload: { chamberName: nameParam(sender ?? chamberName), subject: message.subject, message: message.body },
      });
    }
    const result = { companies: members.length, recipients, ignored: wanted.length - members.length };
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId: scope.chamberId,
      entity: "chamber",
      entityId: scope.chamberId,
      action: "bulk_message",
      reason: message.subject,
      after: { ...result, companyIds: members, body: message.body },
    });
    return result;
  });
}

/** The platform's name in every language, as a platform admin's message is signed. */
function platformName(): Localized {
  return Object.fromEntries(locales.map((l) => [l, messagesFor(l).chamberConsole.members.platformSender])) as Localized;
}
