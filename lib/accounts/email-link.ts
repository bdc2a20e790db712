import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accountTokens, emailOutbox, users, type User } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password";
import type { Locale } from "@/lib/i18n/routing";
import { findUserByEmail } from "./users";

/**
 * One-time links sent to an account's email: they sign the owner in without the password (when
 * the password is forgotten, or closed by the sign-in limit after a stranger's guesses), let them
 * choose a new password, and prove the address is theirs. A link works once, for 30 minutes; the
 * database keeps only its SHA-256.
 */
export const EMAIL_LINK_MINUTES = 30;
/** Links an account may have outstanding at once: enough for a lost email, too few to flood an inbox. */
export const EMAIL_LINK_MAX_OPEN = 3;

export type EmailLinkReason = "sign_in" | "sign_up" | "sign_up_taken" | "verify_email";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The link's path (without the locale): the token travels in the query, never to another site. */
export function emailLinkPath(token: string): string {
  return `/email-link?token=${encodeURIComponent(token)}`;
}

/**
 * Sends a link to the account with this email, if there is an active one; says nothing about
 * whether there was, so the caller's answer is the same either way.
 */
export async function sendEmailLink(email: string, reason: EmailLinkReason, locale: Locale): Promise<void> {
  const user = await findUserByEmail(email);
  if (!user || user.status !== "active") return;
  await sendEmailLinkTo(user, reason, locale);
}

export async function sendEmailLinkTo(user: User, reason: EmailLinkReason, locale: Locale): Promise<void> {
  const db = await getDb();
  const [open] = await db
    .select({ n: count() })
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, user.id), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)));
  if ((open?.n ?? 0) >= EMAIL_LINK_MAX_OPEN) return;
  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.insert(accountTokens).values({
      userId: user.id,
      purpose: "email_link",
      tokenHash: hashToken(token),
      expiresAt: sql`now() + make_interval(mins => ${EMAIL_LINK_MINUTES})`,
    });
    // The outbox row carries the link until the worker sends it, as any mail queue would.
    await tx
      .insert(emailOutbox)
      .values({ userId: user.id, toEmail: user.email, locale, type: "account_link", payload: { reason, path: emailLinkPath(token) } });
  });
}

/** The account a link opens, if it is unused, unexpired and its account active; uses nothing. */
export async function peekEmailLink(token: string): Promise<User | undefined> {
  if (!token) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ user: users })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`), isNull(users.deletedAt)))
    .limit(1);
  return row && row.user.status === "active" ? row.user : undefined;
}

/**
 * Uses a link: marks it used (of two parallel uses only one wins), records the email as verified
 * and returns the account, or undefined when the link is unknown, used, expired or the account is
 * not active. With a new password, stores it and ends every earlier session of the account.
 */
export async function redeemEmailLink(token: string, newPassword?: string): Promise<User | undefined> {
  if (!token) return undefined;
  const passwordHash = newPassword === undefined ? undefined : await hashPassword(newPassword);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(accountTokens.tokenHash, hashToken(token)), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)))
      .returning({ userId: accountTokens.userId });
    if (!used) return undefined;
    const [user] = await tx
      .update(users)
      .set({
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
        ...(passwordHash && { passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` }),
      })
      .where(and(eq(users.id, used.userId), eq(users.status, "active"), isNull(users.deletedAt)))
      .returning();
    return user;
  });
}
