import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { chambers } from "./chambers";

export const userRoles = ["sme", "distributor", "chamber_admin", "platform_admin"] as const;
export type UserRole = (typeof userRoles)[number];
export const userRole = pgEnum("user_role", userRoles);

export const userStatuses = ["active", "suspended"] as const;
export const userStatus = pgEnum("user_status", userStatuses);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull(),
    status: userStatus("status").notNull().default("active"),
    suspendedReason: text("suspended_reason"),
    locale: text("locale").notNull().default("en"),
    /**
     * Carried in every session token; raising it ends every session issued before (sign-out,
     * password change or reset, suspension, "sign out everywhere").
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /** When the owner last proved the address is theirs by opening a link sent to it. */
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    chamberId: uuid("chamber_id").references(() => chambers.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`), index("users_chamber_idx").on(t.chamberId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
