import "server-only";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { PublicError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import type { SignUpInput } from "./schemas";
import { findUserByEmail } from "./users";

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** Creates an SME or distributor account; the email must not be taken, in any letter case. */
export async function createAccount(input: SignUpInput, locale: Locale): Promise<User> {
  if (await findUserByEmail(input.email)) throw new PublicError("emailTaken", "email");
  const db = await getDb();
  try {
    const [user] = await db
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        role: input.accountType,
        locale,
      })
      .returning();
    return user!;
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (isUniqueViolation(error)) throw new PublicError("emailTaken", "email");
    throw error;
  }
}
