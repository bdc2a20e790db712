import "server-only";
import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";

/**
 * A company account reaches other companies (inquiries, messages, meetings, invitations, showroom
 * applications) and submits its company for review only once its email address is confirmed
 * (by the link sign-up sends, or one sent again from the notice). Admins are created by other
 * admins and are not held to it.
 */
export function needsEmailVerification(user: Pick<User, "role" | "emailVerifiedAt">): boolean {
  return (user.role === "sme" || user.role === "distributor") && !user.emailVerifiedAt;
}

export function assertEmailVerified(user: Pick<User, "role" | "emailVerifiedAt">): void {
  if (needsEmailVerification(user)) throw new PublicError("emailNotVerified");
}
