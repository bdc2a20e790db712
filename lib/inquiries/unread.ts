import "server-only";
import { and, count, eq, gt, isNull, max, ne, or, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { inquiries, inquiryMessages, inquiryReads, type User } from "@/db/schema";
import { findReadable, readableScope, viewerOf, type ViewerUser } from "./access";

/**
 * Messages by someone else the user has not seen, over every thread they take part in. Memoized
 * for one server render: the header's badge and the dashboard's tile ask for the same number.
 */
export async function unreadCount(user: ViewerUser): Promise<number> {
  return unreadCountForRequest(user.id, user.role, user.chamberId);
}

const unreadCountForRequest = cache((id: string, role: ViewerUser["role"], chamberId: ViewerUser["chamberId"]) => countUnread({ id, role, chamberId }));

async function countUnread(user: ViewerUser): Promise<number> {
  // Platform admins only observe; a badge over every thread on the platform would mean nothing.
  if (user.role === "platform_admin") return 0;
  const scope = readableScope(await viewerOf(user));
  if (!scope) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(inquiryMessages)
    .innerJoin(inquiries, eq(inquiries.id, inquiryMessages.inquiryId))
    .leftJoin(inquiryReads, and(eq(inquiryReads.inquiryId, inquiries.id), eq(inquiryReads.userId, user.id)))
    .where(
      and(
        scope,
        or(isNull(inquiryMessages.authorId), ne(inquiryMessages.authorId, user.id)),
        or(isNull(inquiryReads.lastReadAt), gt(inquiryMessages.createdAt, inquiryReads.lastReadAt)),
      ),
    );
  return Number(row?.n ?? 0);
}

/** The unread count of one thread, as a column of a query over `inquiries`. */
export function unreadColumn(userId: string) {
  return sql<number>`(
    select count(*)::int from ${inquiryMessages}
    where ${inquiryMessages.inquiryId} = ${inquiries.id}
      and (${inquiryMessages.authorId} is null or ${inquiryMessages.authorId} <> ${userId})
      and ${inquiryMessages.createdAt} > coalesce(
        (select ${inquiryReads.lastReadAt} from ${inquiryReads} where ${inquiryReads.inquiryId} = ${inquiries.id} and ${inquiryReads.userId} = ${userId}),
        '-infinity'::timestamptz))`.mapWith(Number);
}

/**
 * Marks a thread read up to its newest message. The time is taken in the database, not from
 * JavaScript's millisecond dates, so a message is never left unread by a rounding.
 */
export async function markThreadRead(user: User, inquiryId: string): Promise<void> {
  const thread = await findReadable(await viewerOf(user), inquiryId);
  if (!thread) return;
  const db = await getDb();
  const newest = db
    .select({ at: max(inquiryMessages.createdAt) })
    .from(inquiryMessages)
    .where(eq(inquiryMessages.inquiryId, thread.inquiry.id));
  await db
    .insert(inquiryReads)
    .values({ inquiryId: thread.inquiry.id, userId: user.id, lastReadAt: sql`coalesce((${newest}), now())` })
    .onConflictDoUpdate({
      target: [inquiryReads.inquiryId, inquiryReads.userId],
      set: { lastReadAt: sql`excluded.last_read_at` },
      // Every view of a thread lands here: when nothing new arrived, write nothing.
      setWhere: sql`excluded.last_read_at > ${inquiryReads.lastReadAt}`,
    });
}
