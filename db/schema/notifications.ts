import { bigserial, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Localized } from "./localized";
import { users } from "./users";

/** A company's or chamber's name is stored Localized and read in each recipient's language. */
type NotificationPayload = Record<string, string | number | Localized>;

export const notificationTypes = [
  "inquiry_new",
  "message_new",
  "stage_changed",
  "meeting_requested",
  "meeting_accepted",
  "meeting_cancelled",
  "moderation_decision",
  "match_recommended",
  "showroom_application",
  "showroom_decision",
  "profile_nudge",
  "introduction_reminder",
  "chamber_message",
  "reply_reminder",
  "reply_waiting",
  "quotation_update",
  "sample_update",
  "event_registration",
  "event_talk_request",
  "event_agenda",
  "event_followup",
] as const;
export type NotificationType = (typeof notificationTypes)[number];
/** What the outbox sends: the notifications above, and the one-time account links (never in-app). */
export type OutboxEmailType = NotificationType | "account_link" | "saved_search_digest";

/** In-app notifications, one per recipient. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<NotificationType>().notNull(),
    payload: jsonb("payload").$type<NotificationPayload>().notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

/** A user's email settings: the language of their emails and the categories they turned off. */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  emailLocale: text("email_locale"),
  disabled: text("disabled").array().$type<NotificationType[]>().notNull().default([]),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

export const outboxStatuses = ["pending", "sent", "failed", "skipped"] as const;
export const outboxStatus = pgEnum("outbox_status", outboxStatuses);

/**
 * Emails to send, written in the same transaction as the event that causes them and sent by a
 * worker with retries; a row is claimed with FOR UPDATE SKIP LOCKED so two workers never send it twice.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    toEmail: text("to_email").notNull(),
    locale: text("locale").notNull(),
    type: text("type").$type<OutboxEmailType>().notNull(),
    payload: jsonb("payload").$type<NotificationPayload>().notNull(),
    /** Messages of one thread to one user are batched: at most one email per key per 15 minutes. */
    batchKey: text("batch_key"),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_outbox_due_idx").on(t.status, t.nextAttemptAt), index("email_outbox_batch_idx").on(t.batchKey, t.status)],
);
export type OutboxEmail = typeof emailOutbox.$inferSelect;
