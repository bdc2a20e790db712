import "server-only";
import type { User } from "@/db/schema";
import { getDb } from "@/db/client";
import { insertInvite } from "@/lib/companies/invites";
import { PublicError } from "@/lib/errors";
import { getModeratedCompany } from "./companies";

/**
 * An admin invites the owner of a company that was imported without accounts, so that they
 * can claim it. Only for companies in the admin's scope, and only while nobody has claimed it:
 * an owner invite to a company with accounts would let the admin make anyone its owner.
 */
export async function inviteClaimant(admin: User, companyId: string, email: string) {
  const company = await getModeratedCompany(admin, companyId);
  if (!company) throw new PublicError("notFound");
  if (!company.imported) throw new PublicError("invalidTransition");
  return insertInvite(await getDb(), company, email, "owner", admin.id);
}
