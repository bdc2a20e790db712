import "server-only";
// Which chamber the console shows: a chamber admin always their own, a platform admin any one or all.
import { sql, type SQL } from "drizzle-orm";
import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";

/** chamberId null: every chamber's members together (platform admins only). */
export type ConsoleScope = { chamberId: string | null };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The scope an admin asked for, or "forbidden": a chamber admin who names another chamber than
 * their own is refused rather than quietly shown their own, so a forged id is never mistaken for
 * permission. A platform admin may name any chamber, or none for all of them.
 */
export function consoleScope(admin: Pick<User, "role" | "chamberId">, requested?: string | null): ConsoleScope {
  const wanted = requested?.trim() || null;
  if (admin.role === "chamber_admin") {
    if (!admin.chamberId) throw new PublicError("forbidden");
    if (wanted && wanted !== admin.chamberId) throw new PublicError("forbidden");
    return { chamberId: admin.chamberId };
  }
  if (admin.role === "platform_admin") {
    if (wanted && !uuidPattern.test(wanted)) throw new PublicError("forbidden");
    return { chamberId: wanted };
  }
  throw new PublicError("forbidden");
}

/** The scope's member companies as a condition on a `companies` row aliased `alias`. */
export function memberCondition(scope: ConsoleScope, alias: string): SQL {
  const column = sql.raw(`${alias}.chamber_id`);
  return scope.chamberId ? sql`${column} = ${scope.chamberId}` : sql`${column} is not null`;
}

/**
 * An inquiry side's current chamber (inquiries.sme_current_chamber_id or
 * distributor_current_chamber_id, kept by triggers) in the scope: that side is a live member.
 */
export function sideInScope(scope: ConsoleScope, column: string): SQL {
  return scope.chamberId ? sql`${sql.raw(column)} = ${scope.chamberId}` : sql`${sql.raw(column)} is not null`;
}
