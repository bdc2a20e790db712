import "server-only";
// The one way an audit entry is written: who did what to which entity, why, and the state before
// and after. Callers pass their transaction, so the entry commits or rolls back with the change.
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditRecord = Omit<typeof auditLog.$inferInsert, "id" | "createdAt">;

// 10 columns a row: 1,000 rows stay far below PostgreSQL's 65,535 bind parameters.
const ROWS_PER_INSERT = 1000;

/** Writes one entry, or many (an import's) in batches, in the caller's transaction. */
export async function recordAudit(tx: Executor, entries: AuditRecord | readonly AuditRecord[]): Promise<void> {
  const list: readonly AuditRecord[] = Array.isArray(entries) ? entries : [entries as AuditRecord];
  for (let i = 0; i < list.length; i += ROWS_PER_INSERT) await tx.insert(auditLog).values(list.slice(i, i + ROWS_PER_INSERT));
}
