import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { savedSearches, savedSearchMatches, type SavedSearch, type User } from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";
import { maxSavedSearches, storedParams, type SaveSearchInput } from "./schemas";
import { matchesAbove } from "./matches";

/**
 * Saves a search for the caller (the owner always comes from the session). What exists now is
 * not news: the first digest covers what appears after this moment, and the matches above the
 * threshold today are marked as told.
 */
export async function saveSearch(user: Pick<User, "id">, input: SaveSearchInput, now = new Date()): Promise<SavedSearch> {
  const db = await getDb();
  const membership = await getMembership(user.id);
  return db.transaction(async (tx) => {
    const [held] = await tx
      .select({ n: count() })
      .from(savedSearches)
      .where(and(eq(savedSearches.userId, user.id), isNull(savedSearches.stoppedAt)));
    if ((held?.n ?? 0) >= maxSavedSearches) throw new PublicError("savedSearches.errors.tooMany", undefined, { max: maxSavedSearches });
    const [saved] = await tx
      .insert(savedSearches)
      .values({
        userId: user.id,
        name: input.name,
        params: storedParams(input),
        frequency: input.frequency,
        matchThreshold: input.matchThreshold,
        stopToken: randomBytes(24).toString("base64url"),
        digestedAt: now,
      })
      .returning();
    if (saved!.matchThreshold !== null && membership) {
      const known = await matchesAbove(tx, membership.company, saved!.matchThreshold, saved!.id);
      if (known.length > 0) await tx.insert(savedSearchMatches).values(known.map((m) => ({ savedSearchId: saved!.id, companyId: m.id })));
    }
    return saved!;
  });
}

/** The caller's saved searches that still send digests, newest first. */
export async function listSavedSearches(user: Pick<User, "id">): Promise<SavedSearch[]> {
  const db = await getDb();
  return db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.userId, user.id), isNull(savedSearches.stoppedAt)))
    .orderBy(desc(savedSearches.createdAt));
}

/** Stops one of the caller's own saved searches; another user's id finds nothing. */
export async function stopSavedSearch(user: Pick<User, "id">, id: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const stopped = await db
    .update(savedSearches)
    .set({ stoppedAt: now })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, user.id), isNull(savedSearches.stoppedAt)))
    .returning({ id: savedSearches.id });
  if (stopped.length === 0) throw new PublicError("notFound");
}

/** The digest's one-click stop: the link's token alone identifies the saved search. True when it matched one. */
export async function stopByToken(token: string, now = new Date()): Promise<boolean> {
  if (!/^[\w-]{20,64}$/.test(token)) return false;
  const db = await getDb();
  const rows = await db
    .update(savedSearches)
    .set({ stoppedAt: sql`coalesce(${savedSearches.stoppedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(savedSearches.stopToken, token))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}
