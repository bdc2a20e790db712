import "server-only";
// Changing a rule: any admin proposes a new version, and a platform admin other than the proposer
// approves or rejects it. Approval publishes the next version (earlier ones stay as they were),
// queues every SME for rematching, and each step writes an audit entry in the same transaction.
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { accessLevels, accessRuleProposals, accessRules, companies, users, type AccessRuleProposal, type Localized, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { PublicError } from "@/lib/errors";
import { enqueueMatch } from "@/lib/matching/queue";

type Admin = Pick<User, "id" | "role" | "chamberId">;

const day = z.preprocess((v) => (v === "" ? undefined : v), z.iso.date({ error: "invalid" }).optional());

export const proposalSchema = z
  .object({
    code: z.string().regex(/^R\d{2}[A-Z]?$/, { error: "access.errors.unknownRule" }),
    level: z.enum(accessLevels, { error: "invalid" }),
    validFrom: z.iso.date({ error: "invalid" }),
    validTo: day,
    evidenceUrl: z.url({ protocol: /^https?$/, error: "invalid" }).max(500, { error: "tooLong" }),
    evidenceDate: day,
    reviewDue: day,
    note: z.string().trim().min(1, { error: "required" }).max(1000, { error: "tooLong" }),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, { path: ["validTo"], error: "access.errors.dates" });
export type ProposalInput = z.output<typeof proposalSchema>;

const isAdmin = (admin: Admin) => admin.role === "chamber_admin" || admin.role === "platform_admin";

/** Records a proposed change to the newest version of a rule; nothing is published yet. */
export async function proposeRuleChange(admin: Admin, input: ProposalInput): Promise<AccessRuleProposal> {
  if (!isAdmin(admin)) throw new PublicError("forbidden");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [base] = await tx.select().from(accessRules).where(eq(accessRules.code, input.code)).orderBy(desc(accessRules.version)).limit(1);
    if (!base) throw new PublicError("access.errors.unknownRule", "code");
    const payload = {
      status: base.status,
      title: base.title,
      authority: base.authority,
      scope: base.scope,
      exceptions: base.exceptions,
      message: base.message,
      requirements: base.requirements,
      satisfiedBy: base.satisfiedBy,
      confidence: base.confidence,
      level: input.level,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      reviewDue: input.reviewDue ?? base.reviewDue,
      // The new source goes first: it is the one cards and pages cite.
      evidence: [{ url: input.evidenceUrl, publishedOn: input.evidenceDate ?? null }, ...base.evidence.filter((e) => e.url !== input.evidenceUrl)],
    };
    const [proposal] = await tx
      .insert(accessRuleProposals)
      .values({ code: base.code, baseVersion: base.version, payload, note: input.note, proposedBy: admin.id })
      .returning();
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId: admin.chamberId,
      entity: "access_rule",
      entityId: base.code,
      action: "propose",
      reason: input.note,
      before: { version: base.version, level: base.level, validFrom: base.validFrom, validTo: base.validTo },
      after: { proposal: proposal!.id, level: payload.level, validFrom: payload.validFrom, validTo: payload.validTo, evidence: payload.evidence[0] },
    });
    return proposal!;
  });
}

/**
 * Approves (publishing the next version) or rejects a pending proposal. Only a platform admin,
 * and never the proposer: every change is seen by two people.
 */
export async function decideRuleChange(admin: Admin, proposalId: string, approve: boolean): Promise<void> {
  if (admin.role !== "platform_admin") throw new PublicError("forbidden");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [proposal] = await tx.select().from(accessRuleProposals).where(eq(accessRuleProposals.id, proposalId)).for("update");
    if (!proposal) throw new PublicError("notFound");
    if (proposal.status !== "pending") throw new PublicError("access.errors.notPending");
    if (proposal.proposedBy === admin.id) throw new PublicError("access.errors.secondAdmin");
    await tx
      .update(accessRuleProposals)
      .set({ status: approve ? "approved" : "rejected", decidedBy: admin.id, decidedAt: new Date() })
      .where(and(eq(accessRuleProposals.id, proposalId), eq(accessRuleProposals.status, "pending")));
    let version: number | null = null;
    if (approve) {
      const [latest] = await tx
        .select({ version: sql<number>`max(${accessRules.version})` })
        .from(accessRules)
        .where(eq(accessRules.code, proposal.code));
      version = Number(latest?.version ?? 0) + 1;
      await tx.insert(accessRules).values({ ...proposal.payload, code: proposal.code, version, createdBy: admin.id });
      // Every SME's check may change: their matches are recomputed by the queue's worker.
      const smes = await tx.select({ id: companies.id }).from(companies).where(eq(companies.kind, "sme"));
      for (const c of smes) await enqueueMatch(tx, c.id);
    }
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId: admin.chamberId,
      entity: "access_rule",
      entityId: proposal.code,
      action: approve ? "approve" : "reject",
      reason: proposal.note,
      before: { version: proposal.baseVersion, proposal: proposal.id, proposedBy: proposal.proposedBy },
      after: approve ? { version, level: proposal.payload.level, validTo: proposal.payload.validTo } : null,
    });
  });
}

export type PendingProposal = {
  id: string;
  code: string;
  note: string;
  proposer: string;
  proposedBy: string;
  level: string;
  validTo: string | null;
  title: Localized;
};

export async function pendingProposals(): Promise<PendingProposal[]> {
  const db = await getDb();
  const rows = await db
    .select({ p: accessRuleProposals, proposer: users.name })
    .from(accessRuleProposals)
    .innerJoin(users, eq(users.id, accessRuleProposals.proposedBy))
    .where(eq(accessRuleProposals.status, "pending"))
    .orderBy(accessRuleProposals.createdAt);
  return rows.map(({ p, proposer }) => ({
    id: p.id,
    code: p.code,
    note: p.note,
    proposer,
    proposedBy: p.proposedBy,
    level: p.payload.level,
    validTo: p.payload.validTo ?? null,
    title: p.payload.title,
  }));
}
