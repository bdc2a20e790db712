import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, type User } from "@/db/schema";

type Reader = Pick<User, "id">;

/** The user's own in-app notifications, newest first. */
export async function listNotifications(user: Reader, options: { limit?: number } = {}) {
  const db = await getDb();
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit ?? 100);
}

export async function unreadNotificationCount(user: Reader): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks the given notifications (or all) read; ids of other users' notifications match nothing. */
export async function markNotificationsRead(user: Reader, ids?: string[]): Promise<number> {
  if (ids && ids.length === 0) return 0;
  const db = await getDb();
  const conditions = [eq(notifications.userId, user.id), isNull(notifications.readAt)];
  if (ids) conditions.push(inArray(notifications.id, ids));
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return rows.length;
}
