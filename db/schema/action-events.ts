import { bigserial, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Uses of rate-limited server actions (the wrapper's `rateLimit` option) within their windows,
 * counted in the database so that the limits hold across app instances; older rows are dropped.
 */
export const actionEvents = pgTable(
  "action_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    action: text("action").notNull(),
    /** Who: "user:<id>" for a signed-in caller, "ip:<address>" or "email:<address>" for a visitor. */
    subject: text("subject").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("action_events_subject_idx").on(t.action, t.subject, t.createdAt), index("action_events_created_idx").on(t.createdAt)],
);
