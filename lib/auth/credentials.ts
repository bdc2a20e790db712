import "server-only";
import type { User } from "@/db/schema";
import { findUserByEmail, normalizeEmail } from "@/lib/accounts/users";
import { burnPasswordCheck, verifyPassword } from "./password";
import { isSignInLimited, recordSignInAttempt } from "./rate-limit";

export type CredentialCheck =
  | { status: "ok"; user: User }
  | { status: "invalid" }
  | { status: "rate_limited" };

/**
 * Checks an email and password, counting failures per email and per IP in the database.
 * A limited email or IP is refused before the password is even looked at.
 */
export async function checkCredentials(input: { email: string; password: string; ip: string }): Promise<CredentialCheck> {
  const email = normalizeEmail(input.email);
  if (await isSignInLimited(email, input.ip)) return { status: "rate_limited" };
  const user = await findUserByEmail(email);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  await recordSignInAttempt(email, input.ip, ok);
  return ok && user ? { status: "ok", user } : { status: "invalid" };
}
