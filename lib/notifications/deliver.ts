// No "server-only" here: the mail worker is started from instrumentation.ts, where that import
// breaks the build (vercel/next.js#62564); this module is still only ever loaded on the server.
import { and, asc, desc, eq, inArray, lte, max, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { emailOutbox, users, type OutboxEmail } from "@/db/schema";
import { renderEmail } from "./render";
import { mailFrom, type MailTransport } from "./transport";

export const MAX_ATTEMPTS = 8;
export const BATCH_WINDOW_MS = 15 * 60_000;
const MINUTE = 60_000;
const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

/** 1, 2, 4, 8 ... minutes after the first, second, third ... failure, at most six hours. */
export function backoffMs(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export type Outcome = "none" | "sent" | "failed" | "deferred" | "skipped";

/**
 * Claims the next due email and delivers it, all in the caller's transaction: the row stays locked
 * (FOR UPDATE) while it is handed to the mail server, and other workers skip it (SKIP LOCKED), so
 * no email goes out twice. Messages of one thread (a batch key) go out at most once per window and
 * one email covers every pending message of the key.
 */
export async function deliverNext(tx: Transaction, transport: MailTransport, now: Date): Promise<Outcome> {
  const [row] = await tx
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now)))
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
    .limit(1)
    .for("update", { skipLocked: true });
  if (!row) return "none";

  let group: OutboxEmail[] = [row];
  if (row.batchKey) {
    // One worker at a time per key: without this, two workers holding different rows of one
    // thread would both see no recent email and both send one.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`email_outbox:${row.batchKey}`}, 0))`);
    const [last] = await tx
      .select({ at: max(emailOutbox.sentAt) })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.batchKey, row.batchKey), eq(emailOutbox.status, "sent")));
    const lastSent = last?.at ? new Date(last.at) : null;
    if (lastSent && now.getTime() - lastSent.getTime() < BATCH_WINDOW_MS) {
      await tx
        .update(emailOutbox)
        .set({ nextAttemptAt: new Date(lastSent.getTime() + BATCH_WINDOW_MS) })
        .where(eq(emailOutbox.id, row.id));
      return "deferred";
    }
    // Rows another worker holds are skipped (never waited for: we hold the key's lock, and it may be waiting for it).
    group = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.batchKey, row.batchKey), eq(emailOutbox.status, "pending")))
      .orderBy(desc(emailOutbox.id))
      .for("update", { skipLocked: true });
  }
  const ids = group.map((r) => r.id);
  const leader = group.reduce((a, b) => (b.id > a.id ? b : a));

  const [recipient] = leader.userId
    ? await tx.select({ name: users.name, status: users.status, deletedAt: users.deletedAt }).from(users).where(eq(users.id, leader.userId))
    : [];
  if (!recipient || recipient.status !== "active" || recipient.deletedAt) {
    await tx.update(emailOutbox).set({ status: "skipped", lastError: "recipient inactive" }).where(inArray(emailOutbox.id, ids));
    return "skipped";
  }

  const payload = row.batchKey ? { ...leader.payload, count: group.length } : leader.payload;
  const email = renderEmail({ locale: leader.locale, type: leader.type, payload, toEmail: leader.toEmail, recipientName: recipient.name });
  try {
    await transport.sendMail({
      from: mailFrom(),
      to: leader.toEmail,
      ...email,
      headers: { ...email.headers, "X-Kakehashi-Outbox-Id": String(leader.id) },
    });
  } catch (error) {
    const attempts = leader.attempts + 1;
    await tx
      .update(emailOutbox)
      .set({
        attempts: sql`${emailOutbox.attempts} + 1`,
        status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
        nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      })
      .where(inArray(emailOutbox.id, ids));
    return "failed";
  }
  await tx.update(emailOutbox).set({ status: "sent", sentAt: now, payload, lastError: null }).where(eq(emailOutbox.id, leader.id));
  const covered = ids.filter((id) => id !== leader.id);
  // The other messages of the batch went out in the leader's email.
  if (covered.length > 0) await tx.update(emailOutbox).set({ status: "skipped", lastError: null }).where(inArray(emailOutbox.id, covered));
  return "sent";
}
