import type { Company, Product, User } from "@/db/schema";

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
