import "server-only";
import type { User } from "@/db/schema";
import { findUserByEmail, normalizeEmail } from "@/lib/accounts/users";
import { burnPasswordCheck, verifyPassword } from "@/lib/accounts/password";
import { admitSignInAttempt, clearSignInFailures } from "./rate-limit";

export type CredentialCheck = { status: "ok"; user: User } | { status: "invalid" } | { status: "rate_limited" } | { status: "suspended" };

/**
 * Checks an email and password under the sign-in limits (see rate-limit.ts). The attempt is
 * counted as a failure before the password is looked at, and stays one unless the password is
 * right. A suspended account is refused even with the right password (and says so only then).
 */
export async function checkCredentials(input: { email: string; password: string; ip: string }): Promise<CredentialCheck> {
  const email = normalizeEmail(input.email);
  if (!(await admitSignInAttempt(email, input.ip))) return { status: "rate_limited" };
  const user = await findUserByEmail(email);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!ok || !user) return { status: "invalid" };
  await clearSignInFailures(email, input.ip);
  if (user.status !== "active") return { status: "suspended" };
  return { status: "ok", user };
}
