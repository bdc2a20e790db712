import "server-only";
import type { User, UserRole } from "@/db/schema";
import { PublicError } from "@/lib/errors";

/** Role and ownership checks, called by domain code before it reads or writes. */
export function assertRole(user: Pick<User, "role">, roles: readonly UserRole[]): void {
  if (!roles.includes(user.role)) throw new PublicError("forbidden");
}

export function isAdmin(user: Pick<User, "role">): boolean {
  return user.role === "chamber_admin" || user.role === "platform_admin";
}
