import "server-only";
import { getDb } from "@/db/client";
import type { User, UserRole } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password";
import { findOrCreateChamber } from "./chambers";
import { findUserByEmail, insertUser } from "@/lib/accounts/users";

type NewAccount = { email: string; password: string; name: string; role: UserRole; chamber?: string; locale?: string };

/**
 * Creates an account of any role, for the seed and the admin CLI (the web sign-up only makes SME
 * and distributor accounts). Returns the existing account unchanged when the email is taken.
 */
export async function ensureAccount(input: NewAccount): Promise<{ user: User; created: boolean }> {
  const existing = await findUserByEmail(input.email);
  if (existing) return { user: existing, created: false };
  if (input.role === "chamber_admin" && !input.chamber) throw new Error("A chamber admin needs a chamber.");
  const chamber = input.chamber ? await findOrCreateChamber(input.chamber) : undefined;
  const user = await insertUser(await getDb(), {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    chamberId: chamber?.id,
    locale: input.locale ?? "en",
  });
  // Created by a concurrent run between the lookup and the insert: that account stands.
  if (!user) return { user: (await findUserByEmail(input.email))!, created: false };
  return { user, created: true };
}
