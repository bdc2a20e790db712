import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { admitSignInAttempt, clearSignInFailures } from "./rate-limit";
import { PublicError } from "@/lib/errors";
import { weakPasswordReason } from "@/lib/accounts/password-policy";

/**
 * Changes a signed-in user's password after checking the current one, and ends every session
 * issued before (the caller signs this browser in again). Wrong current passwords count against
 * the sign-in limits, so this form is no faster a way to guess than the sign-in page.
 */
export async function changePassword(user: User, input: { currentPassword: string; newPassword: string }, ip: string): Promise<void> {
  if (!(await admitSignInAttempt(user.email, ip))) throw new PublicError("rateLimited", "currentPassword");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new PublicError("account.errors.wrongCurrentPassword", "currentPassword");
  await clearSignInFailures(user.email, ip);
  const weak = weakPasswordReason(input.newPassword, user);
  if (weak) throw new PublicError(weak, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const db = await getDb();
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, user.id), eq(users.status, "active")));
}
