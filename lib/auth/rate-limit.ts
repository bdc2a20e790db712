import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/** Failed sign-ins allowed per window before the email or the IP address is refused. */
export const signInLimits = { perEmail: 5, perIp: 20, windowMinutes: 15 } as const;

function windowStart(now: Date): Date {
  return new Date(now.getTime() - signInLimits.windowMinutes * 60_000);
}

export async function isSignInLimited(email: string, ip: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const since = windowStart(now);
  const failed = (column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string) =>
    db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
  const [[byEmail], [byIp]] = await Promise.all([failed(signInAttempts.email, email), failed(signInAttempts.ip, ip)]);
  return (byEmail?.n ?? 0) >= signInLimits.perEmail || (byIp?.n ?? 0) >= signInLimits.perIp;
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  const db = await getDb();
  if (succeeded) {
    // A correct password clears the email's failures; the IP's count stays, so one known
    // account cannot be used to reset guessing against others.
    await db
      .delete(signInAttempts)
      .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false)));
    return;
  }
  await db.insert(signInAttempts).values({ email, ip, succeeded });
}
