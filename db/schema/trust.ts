import { date, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { chambers } from "./chambers";
import { companies } from "./companies";
import { bytea } from "./types";
import { users } from "./users";

/** What a company's evidence file is: its business licence, or a certificate of one of these kinds. */
export const documentKinds = ["business_licence", "iso9001", "haccp", "ccc", "organic", "other_certificate"] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKind = pgEnum("document_kind", documentKinds);

/**
 * Evidence behind the chamber's badge, stored in the database like inquiry attachments and read
 * only by the company, its chamber and partners it talks with (lib/trust/documents.ts).
 */
export const companyDocuments = pgTable(
  "company_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    kind: documentKind("kind").notNull(),
    issuer: text("issuer").notNull(),
    number: text("number").notNull(),
    /** The last day it is valid is the day before: on this day (the company's calendar) it loses its mark. Null: no expiry. */
    expiresOn: date("expires_on"),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("company_documents_company_idx").on(t.companyId, t.createdAt)],
);
export type CompanyDocument = typeof companyDocuments.$inferSelect;

/** One item a chamber admin checked, as it stood when checked (a later upload changes nothing here). */
export type CheckedItem =
  { kind: "registry_number"; number: string } | { kind: DocumentKind; documentId: string; issuer: string; number: string; expiresOn: string | null };

/** A chamber admin's verification of a member's evidence: the badge reads its chamber and date. */
export const companyVerifications = pgTable(
  "company_verifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    chamberId: uuid("chamber_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }).notNull().defaultNow(),
    checked: jsonb("checked").$type<CheckedItem[]>().notNull(),
  },
  (t) => [index("company_verifications_company_idx").on(t.companyId, t.verifiedAt)],
);
export type CompanyVerification = typeof companyVerifications.$inferSelect;

/**
 * Each company's reply figures over the last 90 days, rewritten by the trust job
 * (lib/trust/reply-stats.ts) so that lists show them without a query per card. Absent: the
 * company received no first message in the window.
 */
export const companyReplyStats = pgTable("company_reply_stats", {
  companyId: uuid("company_id")
    .primaryKey()
    .references(() => companies.id, { onDelete: "cascade" }),
  /** First messages received whose 2 working days have passed, or which were answered. */
  judged: integer("judged").notNull(),
  /** Of those, answered within 2 working days (the receiving company's calendar). */
  answeredInTime: integer("answered_in_time").notNull(),
  /** answeredInTime / judged, or null while judged is below the minimum (the company shows "new"). */
  rate: real("rate"),
  /** Median time to the first reply of the answered ones, in minutes; null when none was answered. */
  medianMinutes: integer("median_minutes"),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});
export type CompanyReplyStats = typeof companyReplyStats.$inferSelect;
