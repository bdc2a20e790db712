import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { chambers } from "./chambers";
import { companies } from "./companies";
import { users } from "./users";

/**
 * Every moderation decision and import: who, what, when, why, with before/after snapshots.
 * Written in the same transaction as the change it records.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    chamberId: uuid("chamber_id").references(() => chambers.id, { onDelete: "set null" }),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    /** company, product, import, chamber, user ... */
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    /** approve, reject, suspend, reinstate, unpublish, import, ... */
    action: text("action").notNull(),
    reason: text("reason"),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_company_idx").on(t.companyId, t.createdAt), index("audit_log_created_idx").on(t.createdAt)],
);
export type AuditEntry = typeof auditLog.$inferSelect;
