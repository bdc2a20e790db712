import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, chambers, companies, companyMembers, type Company, type CompanyStatus, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { companyChanged } from "@/lib/companies/changed";
import { PublicError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { moderatedCompanies } from "./access";

export type Decision = "approve" | "reject" | "suspend" | "reinstate";

/** From which states each decision may be taken, and where it leads. */
const transitions: Record<Decision, { from: CompanyStatus[]; to: CompanyStatus; needsReason: boolean; notice: string }> = {
  approve: { from: ["pending", "rejected"], to: "approved", needsReason: false, notice: "approved" },
  reject: { from: ["pending"], to: "rejected", needsReason: true, notice: "rejected" },
  suspend: { from: ["pending", "approved"], to: "suspended", needsReason: true, notice: "suspended" },
  reinstate: { from: ["suspended"], to: "approved", needsReason: false, notice: "restored" },
};

function snapshot(company: Company) {
  return { status: company.status, statusReason: company.statusReason };
}

/**
 * Takes a moderation decision on a company of the admin's chamber (any, for platform admins),
 * with its audit entry in the same transaction. A company outside the admin's scope is "not found".
 */
export async function decideCompany(admin: User, companyId: string, decision: Decision, reason?: string): Promise<Company> {
  const rule = transitions[decision];
  if (rule.needsReason && !reason?.trim()) throw new PublicError("reasonRequired", "reason");
  const scope = moderatedCompanies(admin);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [company] = await tx
      .select()
      .from(companies)
      .where(and(eq(companies.id, companyId), isNull(companies.deletedAt), scope))
      .for("update")
      .limit(1);
    if (!company) throw new PublicError("notFound");
    if (!rule.from.includes(company.status)) throw new PublicError("invalidTransition");
    const [updated] = await tx
      .update(companies)
      .set({ status: rule.to, statusReason: rule.needsReason ? reason!.trim() : null })
      .where(eq(companies.id, company.id))
      .returning();
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId: company.chamberId,
      companyId: company.id,
      entity: "company",
      entityId: company.id,
      action: decision,
      reason: reason?.trim() || null,
      before: snapshot(company),
      after: snapshot(updated!),
    });
    await companyChanged(tx, company.id);
    const members = await tx.select({ userId: companyMembers.userId }).from(companyMembers).where(eq(companyMembers.companyId, company.id));
    await notify(tx, {
      type: "moderation_decision",
      userIds: members.map((m) => m.userId),
      payload: { targetName: nameParam(company.name, company.ref), decision: rule.notice, reason: reason?.trim() ?? "" },
    });
    return updated!;
  });
}

export type QueueFilter = "pending" | "approved" | "rejected" | "suspended";

/** Companies in the admin's scope with the given status, oldest first for the pending queue. */
export async function listModerationQueue(admin: User, status: QueueFilter = "pending") {
  const db = await getDb();
  return db
    .select({ company: companies, chamberName: chambers.name })
    .from(companies)
    .leftJoin(chambers, eq(chambers.id, companies.chamberId))
    .where(and(eq(companies.status, status), isNull(companies.deletedAt), moderatedCompanies(admin)))
    .orderBy(status === "pending" ? companies.updatedAt : desc(companies.updatedAt))
    .limit(200);
}

/** The company as an admin sees it (any status), if it is in the admin's scope. */
export async function getModeratedCompany(admin: User, companyId: string): Promise<Company | undefined> {
  const db = await getDb();
  const [company] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), isNull(companies.deletedAt), moderatedCompanies(admin)))
    .limit(1);
  return company;
}

/** Audit entries the admin may read: their chamber's (all, for platform admins), newest first. */
export async function listAudit(admin: User, filter: { companyId?: string } = {}) {
  const db = await getDb();
  const scope =
    admin.role === "platform_admin"
      ? undefined
      : admin.role === "chamber_admin" && admin.chamberId
        ? eq(auditLog.chamberId, admin.chamberId)
        : inArray(auditLog.id, []);
  return db
    .select({ entry: auditLog, companyName: companies.name })
    .from(auditLog)
    .leftJoin(companies, eq(companies.id, auditLog.companyId))
    .where(and(scope, filter.companyId ? eq(auditLog.companyId, filter.companyId) : undefined))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(500);
}
