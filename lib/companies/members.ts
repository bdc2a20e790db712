import "server-only";
import { and, asc, eq, gt, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companyInvites, companyMembers, users, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { getMembership, requireOwnCompany } from "./access";

/** The members of the user's own company and its open invites. */
export async function listOwnMembers(user: User) {
  const membership = await getMembership(user.id);
  if (!membership) throw new PublicError("noCompany");
  const db = await getDb();
  const companyId = membership.company.id;
  const [members, invites] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email, role: companyMembers.role, since: companyMembers.createdAt })
      .from(companyMembers)
      .innerJoin(users, eq(users.id, companyMembers.userId))
      .where(eq(companyMembers.companyId, companyId))
      .orderBy(asc(companyMembers.createdAt)),
    db
      .select({ id: companyInvites.id, email: companyInvites.email, expiresAt: companyInvites.expiresAt })
      .from(companyInvites)
      .where(
        and(
          eq(companyInvites.companyId, companyId),
          isNull(companyInvites.acceptedAt),
          isNull(companyInvites.revokedAt),
          gt(companyInvites.expiresAt, new Date()),
        ),
      )
      .orderBy(asc(companyInvites.createdAt)),
  ]);
  return { membership, members, invites };
}

/** The owner removes a colleague; owners cannot be removed this way. */
export async function removeColleague(owner: User, userId: string): Promise<void> {
  const { company } = await requireOwnCompany(owner, { ownerOnly: true });
  const db = await getDb();
  const removed = await db
    .delete(companyMembers)
    .where(and(eq(companyMembers.companyId, company.id), eq(companyMembers.userId, userId), ne(companyMembers.role, "owner")))
    .returning({ userId: companyMembers.userId });
  if (!removed.length) throw new PublicError("notFound");
}
