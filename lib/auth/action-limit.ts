import "server-only";
import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { actionEvents } from "@/db/schema";
import { clientIp, UNKNOWN_ADDRESS } from "./client-ip";

/** The wrapper's `rateLimit` option: at most `max` uses per `windowMinutes` by one caller. */
export type ActionRateLimit = { name: string; max: number; windowMinutes: number };

/** Rows older than the longest window any action uses are dropped as new ones come. */
const KEEP_HOURS = 24;

/** The address of the request an action answers, or UNKNOWN_ADDRESS outside one. */
async function requestAddress(): Promise<string> {
  try {
    return clientIp(await headers());
  } catch {
    return UNKNOWN_ADDRESS;
  }
}

/**
 * Who a limit counts: the signed-in user, else the visitor's address, else (no believable
 * address) the email the form names, so that visitors without one do not share a single count.
 */
export async function limitSubject(userId: string | undefined, raw: Record<string, unknown>): Promise<string> {
  if (userId) return `user:${userId}`;
  const ip = await requestAddress();
  if (ip !== UNKNOWN_ADDRESS) return `ip:${ip}`;
  return `email:${typeof raw.email === "string" ? raw.email.trim().toLowerCase() : ""}`;
}

/**
 * Records a use and says whether it is within the limit. Recorded first, then counted, so that
 * uses sent in parallel all see each other (as the sign-in limit does); a refused use's row goes.
 */
export async function admitAction(limit: ActionRateLimit, subject: string): Promise<boolean> {
  const db = await getDb();
  await db.delete(actionEvents).where(lt(actionEvents.createdAt, sql`now() - make_interval(hours => ${KEEP_HOURS})`));
  const [event] = await db.insert(actionEvents).values({ action: limit.name, subject }).returning({ id: actionEvents.id });
  const [uses] = await db
    .select({ n: count() })
    .from(actionEvents)
    .where(
      and(
        eq(actionEvents.action, limit.name),
        eq(actionEvents.subject, subject),
        gt(actionEvents.createdAt, sql`now() - make_interval(mins => ${limit.windowMinutes})`),
      ),
    );
  if ((uses?.n ?? 0) <= limit.max) return true;
  await db.delete(actionEvents).where(eq(actionEvents.id, event!.id));
  return false;
}
