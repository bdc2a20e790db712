import "server-only";
import { productsNotImportable } from "@/lib/access/importable";
import { and, eq, isNull } from "drizzle-orm";
import { cache } from "react";
import { getDb, type Executor } from "@/db/client";
import { companies, companyMembers, type Company, type MemberRole, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import type { SearchViewer } from "@/lib/search/query";

export type Membership = { company: Company; role: MemberRole };

/**
 * The company a user works for, if any (deleted companies excepted). Without an executor it is
 * memoized for one server render (the header, the page and its helpers each ask); inside a
 * transaction, or outside a render, it reads each time.
 */
export async function getMembership(userId: string, executor?: Executor): Promise<Membership | undefined> {
  return executor ? readMembership(userId, executor) : membershipForRequest(userId);
}

const membershipForRequest = cache(async (userId: string) => readMembership(userId, await getDb()));

async function readMembership(userId: string, db: Executor): Promise<Membership | undefined> {
  const [row] = await db
    .select({ company: companies, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.userId, userId), isNull(companies.deletedAt)))
    .limit(1);
  return row;
}

/**
 * The caller's own company, for actions that edit it. The id always comes from the membership,
 * never from the form, so a forged id cannot reach another company. A suspended company's members
 * may still sign in and read why, but change nothing.
 */
export async function requireOwnCompany(user: Pick<User, "id">, options: { ownerOnly?: boolean } = {}): Promise<Membership> {
  const membership = await getMembership(user.id);
  if (!membership) throw new PublicError("noCompany");
  if (membership.company.status === "suspended") throw new PublicError("companySuspended");
  if (options.ownerOnly && membership.role !== "owner") throw new PublicError("forbidden");
  return membership;
}

/** The searcher as search sees them: role from the account, company from the membership only. */
export async function searchViewerOf(user: Pick<User, "id" | "role">, options: { importable?: boolean } = {}): Promise<SearchViewer> {
  const membership = await getMembership(user.id);
  const companyId = membership?.company.id;
  if (options.importable && user.role === "distributor" && companyId && membership.company.kind === "distributor")
    return { role: user.role, companyId, notImportable: await productsNotImportable(companyId) };
  return { role: user.role, companyId };
}
