import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { isProduction } from "@/lib/env";
import { emailOutbox, users, type OutboxEmail, type User } from "@/db/schema";
import { renderEmail, type RenderedEmail } from "./render";

/** The dev mailbox is for development, and for platform admins checking a live outbox. */
export function canSeeDevMailbox(user: Pick<User, "role"> | null): boolean {
  return !isProduction() || user?.role === "platform_admin";
}

export type MailboxEntry = {
  id: number;
  toEmail: string;
  locale: string;
  status: OutboxEmail["status"];
  attempts: number;
  lastError: string | null;
  at: Date;
  email: RenderedEmail;
};

/** The outbox, newest first, each email rendered as it is (or would be) sent. */
export async function listDevMailbox(options: { limit?: number } = {}): Promise<MailboxEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ row: emailOutbox, name: users.name })
    .from(emailOutbox)
    .leftJoin(users, eq(users.id, emailOutbox.userId))
    .orderBy(desc(sql`coalesce(${emailOutbox.sentAt}, ${emailOutbox.createdAt})`), desc(emailOutbox.id))
    .limit(options.limit ?? 50);
  return rows.map(({ row, name }) => ({
    id: row.id,
    toEmail: row.toEmail,
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    at: row.sentAt ?? row.createdAt,
    email: renderEmail({ ...row, payload: visiblePayload(row), recipientName: name }),
  }));
}

/**
 * A live outbox (a platform admin in production) shows account emails without their link: it
 * signs its recipient in, and is for the recipient alone.
 */
function visiblePayload(row: { type: string; payload: OutboxEmail["payload"] }): OutboxEmail["payload"] {
  if (row.type !== "account_link" || !isProduction()) return row.payload;
  return { ...row.payload, path: "/sign-in" };
}
