import { index, pgEnum, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./users";

export const accountTokenPurposes = ["email_link"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];
export const accountTokenPurpose = pgEnum("account_token_purpose", accountTokenPurposes);

/**
 * One-time links sent by email (sign in without the password, or choose a new one). Only the
 * SHA-256 of the token is kept, so a copy of the table opens no account; a link is used once.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("account_tokens_hash_idx").on(t.tokenHash), index("account_tokens_user_idx").on(t.userId, t.createdAt)],
);

export type AccountToken = typeof accountTokens.$inferSelect;
