import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { chambers } from "./chambers";
import type { Localized } from "./localized";
import { users } from "./users";

export const companyKinds = ["sme", "distributor"] as const;
export type CompanyKind = (typeof companyKinds)[number];
export const companyKind = pgEnum("company_kind", companyKinds);

/** pending → approved | rejected; approved ↔ suspended. Only approved companies are visible to others. */
export const companyStatuses = ["pending", "approved", "rejected", "suspended"] as const;
export type CompanyStatus = (typeof companyStatuses)[number];
export const companyStatus = pgEnum("company_status", companyStatuses);

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The exchange format's stable key; companies created in the app get a generated one. */
    ref: text("ref").notNull(),
    kind: companyKind("kind").notNull(),
    name: jsonb("name").$type<Localized>().notNull(),
    description: jsonb("description").$type<Localized>(),
    country: text("country").notNull(),
    region: text("region").notNull(),
    city: text("city"),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    employees: integer("employees"),
    foundedYear: integer("founded_year"),
    website: text("website"),
    /** 法人番号 (JP) or 统一社会信用代码 (CN), normalized and checked by lib/companies/registry-number.ts. */
    registryNumber: text("registry_number"),
    /** Direct contact handles: shown only to a company with a two-way thread with this one (lib/companies/contacts.ts). */
    wechatId: text("wechat_id"),
    lineId: text("line_id"),
    wecomId: text("wecom_id"),
    /** E.164. */
    phone: text("phone"),
    chamberId: uuid("chamber_id").references(() => chambers.id, { onDelete: "set null" }),
    status: companyStatus("status").notNull().default("pending"),
    /** Shown to the owner: why it was rejected or suspended. */
    statusReason: text("status_reason"),
    // SME side
    targetChannels: text("target_channels")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    targetRegions: text("target_regions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // Distributor side
    hsCodes: text("hs_codes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    minOrderJpy: integer("min_order_jpy"),
    /** The owner chose to show the profile and products on public pages (lib/public); only while approved. */
    publicProfile: boolean("public_profile").notNull().default(false),
    /** True for companies created by an import and not yet claimed by an owner. */
    imported: boolean("imported").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("companies_ref_idx").on(t.ref), index("companies_status_kind_idx").on(t.status, t.kind), index("companies_chamber_idx").on(t.chamberId)],
);

export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;

export const memberRoles = ["owner", "member"] as const;
export type MemberRole = (typeof memberRoles)[number];
export const memberRole = pgEnum("member_role", memberRoles);

/** A user works for at most one company. */
export const companyMembers = pgTable(
  "company_members",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.userId] }), uniqueIndex("company_members_user_idx").on(t.userId)],
);

export type CompanyMember = typeof companyMembers.$inferSelect;

export const companyInvites = pgTable(
  "company_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    /** sha256 of the token in the link; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    role: memberRole("role").notNull().default("member"),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("company_invites_token_idx").on(t.tokenHash), index("company_invites_company_idx").on(t.companyId)],
);

export type CompanyInvite = typeof companyInvites.$inferSelect;
