import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { chambers } from "./chambers";
import { companies } from "./companies";
import { users } from "./users";

/**
 * What the platform did about one chamber recommendation (match_recommendations has the same
 * key): the reminders sent, each once, and the admin's nudge or closing. The introduction's state
 * itself (contacted, replied, met, signed) is read from the inquiries, never stored.
 */
export const introductionFollowups = pgTable(
  "introduction_followups",
  {
    smeId: uuid("sme_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    distributorId: uuid("distributor_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    chamberId: uuid("chamber_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    /** Neither side wrote within 7 days of the recommendation: both were reminded. */
    contactRemindedAt: timestamp("contact_reminded_at", { withTimezone: true }),
    /** The inquiry after the recommendation had no reply within 3 working days: the waiting side was reminded. */
    replyRemindedAt: timestamp("reply_reminded_at", { withTimezone: true }),
    nudgedAt: timestamp("nudged_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedReason: text("closed_reason"),
    closedBy: uuid("closed_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.smeId, t.distributorId, t.chamberId] })],
);
export type IntroductionFollowup = typeof introductionFollowups.$inferSelect;
