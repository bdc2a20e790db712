import "server-only";
import { and, eq, gt, not, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInAttempts } from "@/db/schema";
import { UNKNOWN_ADDRESS } from "./client-ip";

/**
 * Failed sign-ins allowed per window, counted in the database so the limits hold across app
 * instances.
 *
 * - An address gets `perIp` failures across all emails: one machine spraying a common password
 *   over many accounts is stopped there.
 * - An address gets `perEmailFromIp` failures at one email: a guesser on one address is slowed
 *   long before the account closes, and the owner's own typos cost only their own address.
 * - An email gets `perEmail` failures from all addresses together, then closes to passwords for
 *   the rest of the window whatever address comes: rotating X-Forwarded-For (or a botnet) buys no
 *   more guesses. A stranger can close it, but not lock the owner out: the owner signs in through
 *   a one-time link sent to the account's email (lib/accounts/email-link.ts).
 * - Requests with no believable address (UNKNOWN_ADDRESS) are counted by email only, so clients
 *   without X-Forwarded-For do not share a bucket that one of them could fill.
 * - A correct password forgets the failures of that email from that address only: the guesses of
 *   others keep counting.
 */
export const signInLimits = { perEmail: 10, perEmailFromIp: 5, perIp: 20, windowMinutes: 15 } as const;

const inWindow = () => gt(signInAttempts.createdAt, sql`now() - make_interval(mins => ${signInLimits.windowMinutes})`);

/**
 * Records an attempt, as failed, before its password is checked, then counts: true when it may go
 * on to the check. Recording first is what holds the limit for guesses sent in parallel: each
 * insert commits on its own, so every count includes all the guesses recorded before it, and of N
 * at once no more than the limit go through (checking first let all N past while argon2 ran).
 * A refused attempt's row goes again, as no password was tried. Must not run in a transaction,
 * or the inserts of parallel attempts would not see each other.
 */
export async function admitSignInAttempt(email: string, ip: string): Promise<boolean> {
  const db = await getDb();
  // Attempts older than the window count for nothing: they go, so the table holds one window.
  await db.delete(signInAttempts).where(not(inWindow()));
  const [attempt] = await db.insert(signInAttempts).values({ email, ip, succeeded: false }).returning({ id: signInAttempts.id });
  const fromIp = eq(signInAttempts.ip, ip);
  const forEmail = eq(signInAttempts.email, email);
  const [failed] = await db
    .select({
      fromIp: sql<number>`count(*) filter (where ${fromIp})`.mapWith(Number),
      forEmail: sql<number>`count(*) filter (where ${forEmail})`.mapWith(Number),
      forEmailFromIp: sql<number>`count(*) filter (where ${and(forEmail, fromIp)})`.mapWith(Number),
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.succeeded, false), inWindow(), or(forEmail, fromIp)));
  // The counts include this attempt, hence ">".
  const known = ip !== UNKNOWN_ADDRESS;
  const limited =
    failed!.forEmail > signInLimits.perEmail || (known && (failed!.fromIp > signInLimits.perIp || failed!.forEmailFromIp > signInLimits.perEmailFromIp));
  if (!limited) return true;
  await db.delete(signInAttempts).where(eq(signInAttempts.id, attempt!.id));
  return false;
}

/** After a correct password: this address's failures for the email go, the attempt's own included. */
export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, email), eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false)));
}
