import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox, notificationPreferences, notifications, users, type NotificationType } from "@/db/schema";
import { isLocale, routing } from "@/lib/i18n/routing";
import type { Payload } from "./types";

export type NotifyEvent = {
  type: NotificationType;
  userIds: string[];
  /** Names as Localized values (see nameParam): each recipient reads them in their own language. */
  payload: Payload;
  /** Groups emails (e.g. messages of one thread); stored per recipient as `${batchKey}:${userId}`. */
  batchKey?: string;
};

/**
 * Records an event for its recipients inside the caller's transaction: one in-app notification
 * each, and one queued email for those who have not turned the category off. Sends nothing itself:
 * the mail worker delivers the outbox, so a rolled-back event leaves no trace and no stray email.
 */
export async function notify(executor: Executor, event: NotifyEvent): Promise<void> {
  const ids = [...new Set(event.userIds)];
  if (ids.length === 0) return;
  const recipients = await executor
    .select({
      id: users.id,
      email: users.email,
      locale: users.locale,
      emailLocale: notificationPreferences.emailLocale,
      disabled: notificationPreferences.disabled,
    })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(and(inArray(users.id, ids), eq(users.status, "active"), isNull(users.deletedAt)));
  if (recipients.length === 0) return;

  await executor.insert(notifications).values(recipients.map((r) => ({ userId: r.id, type: event.type, payload: event.payload })));

  const emails = recipients
    .filter((r) => !(r.disabled ?? []).includes(event.type))
    .map((r) => ({
      userId: r.id,
      toEmail: r.email,
      locale: emailLocaleOf(r.emailLocale, r.locale),
      type: event.type,
      payload: event.payload,
      batchKey: event.batchKey ? `${event.batchKey}:${r.id}` : null,
    }));
  if (emails.length > 0) await executor.insert(emailOutbox).values(emails);
}

/** The language of a user's emails: their email setting, else their interface language. */
export function emailLocaleOf(preferred: string | null, uiLocale: string): string {
  if (isLocale(preferred)) return preferred;
  return isLocale(uiLocale) ? uiLocale : routing.defaultLocale;
}
