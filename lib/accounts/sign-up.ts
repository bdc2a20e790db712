import "server-only";
import { getDb } from "@/db/client";
import type { User } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password";
import type { Locale } from "@/lib/i18n/routing";
import { sendEmailLink, sendEmailLinkTo } from "./email-link";
import type { SignUpInput } from "./schemas";
import { findUserByEmail, insertUser } from "./users";

/**
 * A sign-up answers the same whether or not the email has an account, in what it says and in the
 * time it takes (the password is hashed either way): a new account gets a link to confirm its
 * address and sign in, an existing one a note that someone tried, with a link to sign in.
 */
export async function signUp(input: SignUpInput, locale: Locale): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const created = (await findUserByEmail(input.email)) ? undefined : await createAccount(input, passwordHash, locale);
  if (created) await sendEmailLinkTo(created, "sign_up", locale);
  else await sendEmailLink(input.email, "sign_up_taken", locale);
}

/** Creates an SME or distributor account; undefined when the email is taken, in any letter case. */
async function createAccount(input: SignUpInput, passwordHash: string, locale: Locale): Promise<User | undefined> {
  return insertUser(await getDb(), { email: input.email, name: input.name, passwordHash, role: input.accountType, locale });
}
