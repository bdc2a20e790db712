import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb, type Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { users, type NewUser, type User } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type NewAccount = Pick<NewUser, "email" | "name" | "passwordHash" | "role" | "chamberId" | "locale">;

/**
 * The one way a user is created (sign-up, invitations, chamber admins, the admin CLI and the seed),
 * in the caller's transaction when it passes one. The email is stored normalized; undefined when
 * it is taken, in any letter case: between two racing requests the unique index decides.
 */
export async function insertUser(executor: Executor, account: NewAccount): Promise<User | undefined> {
  try {
    const [user] = await executor
      .insert(users)
      .values({ ...account, email: normalizeEmail(account.email) })
      .returning();
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

/** A user who has not been deleted (suspended ones included: callers decide what they may do). */
export async function findUserById(id: string): Promise<User | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
    .limit(1);
  return user;
}

/**
 * findUserById memoized for one server render: the session check (Auth.js's jwt callback) and the
 * page's own lookup read the same row once. Outside a render (actions, route handlers) it reads
 * each time, so a change made by an action is seen by the next read.
 */
export const findUserByIdForRequest = cache(findUserById);

export async function findUserByEmail(email: string): Promise<User | undefined> {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${normalizeEmail(email)}`, isNull(users.deletedAt)))
    .limit(1);
  return user;
}

/**
 * Stores the language a user now reads the site in: emails "in my interface language" follow it.
 * Writes only when it changed.
 */
export async function rememberLocale(user: User, locale: Locale): Promise<void> {
  if (user.locale === locale) return;
  const db = await getDb();
  await db
    .update(users)
    .set({ locale })
    .where(and(eq(users.id, user.id), ne(users.locale, locale), isNull(users.deletedAt)));
}
