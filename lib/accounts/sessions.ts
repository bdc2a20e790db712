import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Ends every session of the account issued until now: each session token carries the version it
 * was issued under, and the session check (lib/auth/config.ts) refuses any other.
 */
export async function endAllSessions(userId: string, executor?: Executor): Promise<void> {
  const db = executor ?? (await getDb());
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
