import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { companyMembers, type CompanyKind, type User } from "@/db/schema";
import { requireOwnCompany, type Membership } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";

/**
 * The caller's own company of `kind`: every showroom write takes its company from here, never
 * from the form. An SME must be approved to apply, since a distributor could not see it otherwise.
 */
export async function requireShowroomSide(user: Pick<User, "id">, kind: CompanyKind): Promise<Membership> {
  const membership = await requireOwnCompany(user);
  if (membership.company.kind !== kind) throw new PublicError("forbidden");
  if (kind === "sme" && membership.company.status !== "approved") throw new PublicError("showrooms.errors.companyNotApproved");
  return membership;
}

/** Everyone working for a company: the recipients of its showroom notifications. */
export async function memberIds(executor: Executor, companyId: string): Promise<string[]> {
  const rows = await executor.select({ userId: companyMembers.userId }).from(companyMembers).where(eq(companyMembers.companyId, companyId));
  return rows.map((r) => r.userId);
}

export { isUniqueViolation } from "@/db/errors";
