import "server-only";
// The one way an audit entry is written: who did what to which entity, why, and the state before
// and after. Callers pass their transaction, so the entry commits or rolls back with the change.
import { bulkInsert } from "@/db/bulk";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditRecord = Omit<typeof auditLog.$inferInsert, "id" | "createdAt">;

/**
 * Writes one entry, or many (an import's) in the caller's transaction: many travel as one JSON
 * parameter per batch (db/bulk.ts), which costs an import far less CPU than a multi-row INSERT.
 */
export async function recordAudit(tx: Executor, entries: AuditRecord | readonly AuditRecord[]): Promise<void> {
  if (!Array.isArray(entries)) {
    await tx.insert(auditLog).values(entries as AuditRecord);
    return;
  }
  if (entries.length > 0) await bulkInsert(tx, auditLog, [...entries]);
}
