import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies, companyInvites, companyMembers, users, type Company, type CompanyInvite, type MemberRole, type User } from "@/db/schema";
import { insertUser, normalizeEmail } from "@/lib/accounts/users";
import { assertEmailVerified } from "@/lib/accounts/verification";
import { hashPassword } from "@/lib/accounts/password";
import { PublicError } from "@/lib/errors";
import { getMembership, requireOwnCompany } from "./access";

export const inviteLifetimeDays = 7;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function insertInvite(executor: Executor, company: Pick<Company, "id">, email: string, role: MemberRole, invitedBy: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + inviteLifetimeDays * 86_400_000);
  await executor
    .insert(companyInvites)
    .values({ companyId: company.id, email: normalizeEmail(email), tokenHash: hashToken(token), role, invitedBy, expiresAt });
  return { token, expiresAt };
}

/** The owner invites a colleague; the returned token goes into the link the owner shares. */
export async function inviteColleague(owner: User, email: string) {
  const { company } = await requireOwnCompany(owner, { ownerOnly: true });
  assertEmailVerified(owner);
  const db = await getDb();
  const [already] = await db
    .select({ id: users.id })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(and(eq(companyMembers.companyId, company.id), sql`lower(${users.email}) = ${normalizeEmail(email)}`))
    .limit(1);
  if (already) throw new PublicError("alreadyMember", "email");
  return insertInvite(db, company, email, "member", owner.id);
}

export type OpenInvite = { invite: CompanyInvite; company: Company };

/** An invite that can still be accepted, found by the token in its link. */
export async function findOpenInvite(token: string, executor?: Executor): Promise<OpenInvite | undefined> {
  if (!token || token.length > 100) return undefined;
  const db = executor ?? (await getDb());
  const [row] = await db
    .select({ invite: companyInvites, company: companies })
    .from(companyInvites)
    .innerJoin(companies, eq(companies.id, companyInvites.companyId))
    .where(
      and(
        eq(companyInvites.tokenHash, hashToken(token)),
        isNull(companyInvites.acceptedAt),
        isNull(companyInvites.revokedAt),
        gt(companyInvites.expiresAt, new Date()),
        isNull(companies.deletedAt),
      ),
    )
    .limit(1);
  return row;
}

async function join(executor: Executor, open: OpenInvite, userId: string): Promise<void> {
  if (open.invite.role === "owner") {
    // An owner's claim ends the company's life as an import without accounts. Only the first
    // claim succeeds (the update locks the row, so two claims accepted at once cannot both pass),
    // and the other claim invites still open are revoked.
    const claimed = await executor
      .update(companies)
      .set({ imported: false })
      .where(and(eq(companies.id, open.company.id), eq(companies.imported, true)))
      .returning({ id: companies.id });
    if (!claimed.length) throw new PublicError("inviteInvalid");
    await executor
      .update(companyInvites)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(companyInvites.companyId, open.company.id),
          eq(companyInvites.role, "owner"),
          isNull(companyInvites.acceptedAt),
          isNull(companyInvites.revokedAt),
          ne(companyInvites.id, open.invite.id),
        ),
      );
  }
  await executor.insert(companyMembers).values({ companyId: open.company.id, userId, role: open.invite.role });
  await executor.update(companyInvites).set({ acceptedAt: new Date() }).where(eq(companyInvites.id, open.invite.id));
}

/** A signed-in user accepts: the invite must be addressed to their email and fit their side. */
export async function acceptInvite(token: string, user: User): Promise<Company> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const open = await findOpenInvite(token, tx);
    if (!open) throw new PublicError("inviteInvalid");
    if (normalizeEmail(user.email) !== open.invite.email) throw new PublicError("inviteOtherEmail");
    if (user.role !== open.company.kind) throw new PublicError("inviteWrongKind");
    if (await getMembership(user.id, tx)) throw new PublicError("alreadyHasCompany");
    await join(tx, open, user.id);
    return open.company;
  });
}

/** A visitor accepts by creating the account the invite was addressed to. */
export async function acceptInviteWithNewAccount(token: string, input: { name: string; password: string; locale: string }): Promise<User> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const open = await findOpenInvite(token, tx);
    if (!open) throw new PublicError("inviteInvalid");
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${open.invite.email}`)
      .limit(1);
    if (existing) throw new PublicError("inviteSignIn");
    const user = await insertUser(tx, { email: open.invite.email, name: input.name, passwordHash, role: open.company.kind, locale: input.locale });
    if (!user) throw new PublicError("inviteSignIn");
    await join(tx, open, user.id);
    return user;
  });
}

export async function revokeInvite(owner: User, inviteId: string): Promise<void> {
  const { company } = await requireOwnCompany(owner, { ownerOnly: true });
  const db = await getDb();
  const revoked = await db
    .update(companyInvites)
    .set({ revokedAt: new Date() })
    .where(and(eq(companyInvites.id, inviteId), eq(companyInvites.companyId, company.id), isNull(companyInvites.acceptedAt)))
    .returning({ id: companyInvites.id });
  if (!revoked.length) throw new PublicError("notFound");
}
