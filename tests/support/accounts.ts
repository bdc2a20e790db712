import { getDb } from "@/db/client";
import { users, type User, type UserRole } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password";

/** Inserts an account directly, for tests that start from an existing user (email confirmed unless told otherwise). */
export async function insertUser(overrides: Partial<typeof users.$inferInsert> & { password?: string; role?: UserRole } = {}): Promise<User> {
  const { password = "correct horse battery", ...rest } = overrides;
  const [user] = await (
    await getDb()
  )
    .insert(users)
    .values({
      email: `user-${crypto.randomUUID().slice(0, 8)}@example.jp`,
      name: "Test User",
      role: "sme",
      emailVerifiedAt: new Date(),
      passwordHash: await hashPassword(password),
      ...rest,
    })
    .returning();
  return user!;
}
