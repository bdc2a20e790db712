// Who may do what in the catalog: the caller's own company for writes, who may see a product.
import "server-only";
import type { Company, CompanyKind, Product, User } from "@/db/schema";
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

export type Viewer = Pick<User, "role" | "chamberId"> & { companyId?: string };

/**
 * Who may see a product (its page and its images): its own company; platform admins; chamber
 * admins for their chamber's companies; and, once it is published and its company approved,
 * the other side (distributors) and every admin.
 */
export function canViewProduct(
  viewer: Viewer,
  product: Pick<Product, "published" | "companyId">,
  company: Pick<Company, "id" | "status" | "chamberId" | "deletedAt">,
): boolean {
  if (viewer.companyId && viewer.companyId === product.companyId) return true;
  if (viewer.role === "platform_admin") return true;
  if (company.deletedAt) return false;
  if (viewer.role === "chamber_admin" && viewer.chamberId && viewer.chamberId === company.chamberId) return true;
  const listed = product.published && company.status === "approved";
  return listed && (viewer.role === "distributor" || viewer.role === "chamber_admin");
}
