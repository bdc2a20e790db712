import "server-only";
import type { CompanyKind, User } from "@/db/schema";
import { getMembership, requireOwnCompany, type Membership } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";

/**
 * The caller's own company of the given kind. Every catalog write takes its company id from
 * here, never from the form, so a forged product or channel id of another company finds nothing.
 */
export async function requireOwnCompanyOf(user: Pick<User, "id">, kind: CompanyKind): Promise<Membership> {
  const membership = await requireOwnCompany(user);
  if (membership.company.kind !== kind) throw new PublicError("forbidden");
  return membership;
}

/** For pages: the user's company when it is of `kind`, else undefined (the page shows notFound). */
export async function ownCompanyForPage(user: Pick<User, "id">, kind: CompanyKind) {
  const membership = await getMembership(user.id);
  return membership?.company.kind === kind ? membership.company : undefined;
}
