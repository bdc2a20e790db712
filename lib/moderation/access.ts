import "server-only";
import { eq, type SQL } from "drizzle-orm";
import { companies, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";

/**
 * The companies an admin may moderate, as a WHERE condition: a chamber admin only their own
 * chamber's, a platform admin all. Anyone else may moderate nothing.
 */
export function moderatedCompanies(admin: Pick<User, "role" | "chamberId">): SQL | undefined {
  if (admin.role === "platform_admin") return undefined;
  if (admin.role === "chamber_admin" && admin.chamberId) return eq(companies.chamberId, admin.chamberId);
  throw new PublicError("forbidden");
}
