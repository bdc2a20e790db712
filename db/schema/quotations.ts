import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { products, sourcingNeeds } from "./catalog";
import { companies } from "./companies";
import { inquiries, inquiryAttachments } from "./inquiries";
import { users } from "./users";

/** Incoterms 2020, in the order of the seller's growing obligations. */
export const incoterms = ["EXW", "FCA", "FOB", "CFR", "CIF", "DAP", "DDP"] as const;
export type Incoterm = (typeof incoterms)[number];
export const incoterm = pgEnum("incoterm", incoterms);

/** open → revision_requested → (new version) open → accepted | declined; not_selected when another is accepted. */
export const quotationStatuses = ["open", "revision_requested", "accepted", "declined", "not_selected"] as const;
export type QuotationStatus = (typeof quotationStatuses)[number];
export const quotationStatus = pgEnum("quotation_status", quotationStatuses);

/** An SME's offer to a distributor, on a need or inside a thread; its terms are its versions. */
export const quotations = pgTable(
  "quotations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inquiryId: uuid("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    needId: uuid("need_id").references(() => sourcingNeeds.id, { onDelete: "set null" }),
    smeId: uuid("sme_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    distributorId: uuid("distributor_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    status: quotationStatus("status").notNull().default("open"),
    version: integer("version").notNull().default(1),
    revisionNote: text("revision_note"),
    declineReason: text("decline_reason"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("quotations_need_idx").on(t.needId, t.createdAt),
    index("quotations_inquiry_idx").on(t.inquiryId),
    index("quotations_sme_idx").on(t.smeId),
    index("quotations_distributor_idx").on(t.distributorId),
  ],
);
export type Quotation = typeof quotations.$inferSelect;

/** One version of a quotation's terms; never updated once written. Money: integer amount + currency. */
export const quotationVersions = pgTable(
  "quotation_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quotationId: uuid("quotation_id")
      .notNull()
      .references(() => quotations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    productId: uuid("product_id").references(() => products.id, { onDelete: "set null" }),
    productName: text("product_name").notNull(),
    unitPrice: integer("unit_price").notNull(),
    currency: text("currency").notNull().default("JPY"),
    moq: integer("moq").notNull(),
    incoterm: incoterm("incoterm").notNull(),
    incotermPlace: text("incoterm_place").notNull(),
    leadTimeDays: integer("lead_time_days").notNull(),
    paymentTerms: text("payment_terms").notNull(),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    notes: text("notes"),
    specSheetId: uuid("spec_sheet_id").references(() => inquiryAttachments.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("quotation_versions_version_idx").on(t.quotationId, t.version),
    check("quotation_versions_currency", sql`${t.currency} in ('JPY')`),
    check("quotation_versions_amounts", sql`${t.unitPrice} > 0 and ${t.moq} > 0 and ${t.leadTimeDays} >= 0`),
  ],
);
export type QuotationVersion = typeof quotationVersions.$inferSelect;

export const samplePayers = ["sme", "distributor"] as const;
export const samplePayer = pgEnum("sample_payer", samplePayers);
export const sampleStatuses = ["requested", "sent", "received"] as const;
export type SampleStatus = (typeof sampleStatuses)[number];
export const sampleStatus = pgEnum("sample_status", sampleStatuses);
export const carriers = ["japan_post_ems", "yamato", "sagawa", "sf_express", "dhl", "fedex", "ups", "other"] as const;
export type Carrier = (typeof carriers)[number];
export const carrier = pgEnum("carrier", carriers);

/** A sample shipment in a thread: requested by either side, sent by the SME, received by the distributor. */
export const sampleRequests = pgTable(
  "sample_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inquiryId: uuid("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    items: jsonb("items").$type<{ item: string; quantity: number }[]>().notNull(),
    address: text("address").notNull(),
    payer: samplePayer("payer").notNull(),
    status: sampleStatus("status").notNull().default("requested"),
    carrier: carrier("carrier"),
    trackingNumber: text("tracking_number"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    feedback: text("feedback"),
    /** When each overdue flag went out: set once, by the one sweep that claimed it. */
    notSentFlaggedAt: timestamp("not_sent_flagged_at", { withTimezone: true }),
    notReceivedFlaggedAt: timestamp("not_received_flagged_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("sample_requests_inquiry_idx").on(t.inquiryId), index("sample_requests_status_idx").on(t.status, t.createdAt)],
);
export type SampleRequest = typeof sampleRequests.$inferSelect;
