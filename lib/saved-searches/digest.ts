import "server-only";
// The saved searches' digests: what is new for each search, and new matches above its threshold,
// daily or weekly, each item told once (see runDigests).
import { and, eq, isNull, lte, or } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { emailOutbox, notificationPreferences, savedSearches, savedSearchMatches, users, type SavedSearch, type User } from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import { emailLocaleOf } from "@/lib/notifications/notify";
import { searchItemsFor, type SearchHit } from "@/lib/search/query";
import { searchHref, searchPageSize } from "@/lib/search/params";
import { digestPayload, type DigestItem } from "@/lib/notifications/digest-payload";
import { matchesAbove, type DigestMatch } from "./matches";
import { searchOf } from "./schemas";

const DAY = 24 * 60 * 60_000;
export const digestPeriodMs = { daily: DAY, weekly: 7 * DAY } as const;

type Due = { search: SavedSearch; user: Pick<User, "id" | "role" | "email" | "locale">; emailLocale: string | null };

async function dueSearches(db: Database, now: Date): Promise<Due[]> {
  const at = (ms: number) => new Date(now.getTime() - ms);
  const rows = await db
    .select({
      search: savedSearches,
      user: { id: users.id, role: users.role, email: users.email, locale: users.locale },
      emailLocale: notificationPreferences.emailLocale,
    })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(
      and(
        isNull(savedSearches.stoppedAt),
        eq(users.status, "active"),
        isNull(users.deletedAt),
        or(
          and(eq(savedSearches.frequency, "daily"), lte(savedSearches.digestedAt, at(digestPeriodMs.daily))),
          and(eq(savedSearches.frequency, "weekly"), lte(savedSearches.digestedAt, at(digestPeriodMs.weekly))),
        ),
      ),
    )
    .orderBy(savedSearches.digestedAt)
    .limit(200);
  return rows;
}

/** The search's items created after its last digest and up to `now` (close matches of a relaxed search are not news). */
async function newItems(db: Database, due: Due, now: Date): Promise<{ items: SearchHit[]; more: boolean }> {
  const membership = await getMembership(due.user.id, db);
  const result = await searchItemsFor({ role: due.user.role, companyId: membership?.company.id }, searchOf(due.search.params), db);
  if (result.relaxed) return { items: [], more: false };
  const items = result.hits.filter((h) => h.createdAt > due.search.digestedAt && h.createdAt <= now);
  // Newest first: a full page of new items may have more behind it.
  return { items, more: items.length === searchPageSize && result.total > searchPageSize };
}

async function newMatches(db: Database, due: Due): Promise<DigestMatch[]> {
  if (due.search.matchThreshold === null) return [];
  const membership = await getMembership(due.user.id, db);
  return membership ? matchesAbove(db, membership.company, due.search.matchThreshold, due.search.id) : [];
}

/**
 * One saved search's digest, in one transaction: the search's watermark moves to `now` only if it
 * is still due (no one else moved it first) (so two instances never send the same digest), the matches told are
 * recorded, and the email is queued only when there is something new. Returns whether it queued one.
 */
async function digestOne(db: Database, due: Due, now: Date): Promise<boolean> {
  const [{ items, more }, matches] = await Promise.all([newItems(db, due, now), newMatches(db, due)]);
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(savedSearches)
      .set({ digestedAt: now })
      .where(
        and(
          eq(savedSearches.id, due.search.id),
          lte(savedSearches.digestedAt, new Date(now.getTime() - digestPeriodMs[due.search.frequency])),
          isNull(savedSearches.stoppedAt),
        ),
      )
      .returning({ id: savedSearches.id });
    if (claimed.length === 0) return false;
    if (matches.length > 0) {
      await tx
        .insert(savedSearchMatches)
        .values(matches.map((m) => ({ savedSearchId: due.search.id, companyId: m.id })))
        .onConflictDoNothing();
    }
    if (items.length === 0 && matches.length === 0) return false;
    const digestItems: DigestItem[] = items.map((h) => ({
      kind: h.kind,
      id: h.kind === "product" ? h.itemId : h.companyId,
      name: h.name,
      companyName: h.companyName,
    }));
    await tx.insert(emailOutbox).values({
      userId: due.user.id,
      toEmail: due.user.email,
      locale: emailLocaleOf(due.emailLocale, due.user.locale),
      type: "saved_search_digest",
      payload: digestPayload({
        name: due.search.name,
        frequency: due.search.frequency,
        items: digestItems,
        more,
        matches,
        searchPath: searchHref(searchOf(due.search.params)),
        stopToken: due.search.stopToken,
      }),
    });
    return true;
  });
}

/** One round of the digest job: every due saved search's digest. Returns how many emails it queued. */
export async function runDigests(now = new Date(), db?: Database): Promise<number> {
  const database = db ?? (await getDb());
  let queued = 0;
  for (const due of await dueSearches(database, now)) if (await digestOne(database, due, now)) queued++;
  return queued;
}
