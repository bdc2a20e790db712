import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { products } from "./catalog";
import { companies } from "./companies";
import type { Localized } from "./localized";
import { users } from "./users";

export const showroomOfferStatuses = ["open", "closed"] as const;
export const showroomOfferStatus = pgEnum("showroom_offer_status", showroomOfferStatuses);

/** A distributor's display space for Japanese goods (as in Yanji), offered for a period. */
export const showroomOffers = pgTable(
  "showroom_offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<Localized>().notNull(),
    description: jsonb("description").$type<Localized>(),
    place: text("place").notNull(),
    region: text("region").notNull(),
    sizeSqm: integer("size_sqm"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    feeJpy: integer("fee_jpy"),
    /** HS chapters or headings accepted for display. */
    categories: text("categories").array().notNull().default([]),
    status: showroomOfferStatus("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("showroom_offers_company_idx").on(t.companyId), index("showroom_offers_status_idx").on(t.status, t.startsOn)],
);
export type ShowroomOffer = typeof showroomOffers.$inferSelect;

export const applicationStatuses = ["pending", "accepted", "declined", "withdrawn"] as const;
export const applicationStatus = pgEnum("showroom_application_status", applicationStatuses);

export const showroomApplications = pgTable(
  "showroom_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => showroomOffers.id, { onDelete: "cascade" }),
    smeId: uuid("sme_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    appliedBy: uuid("applied_by").references(() => users.id, { onDelete: "set null" }),
    message: text("message"),
    status: applicationStatus("status").notNull().default("pending"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("showroom_applications_offer_idx").on(t.offerId, t.status),
    index("showroom_applications_sme_idx").on(t.smeId),
    // One pending application per offer and SME, even when two members submit at the same moment.
    uniqueIndex("showroom_applications_one_pending_idx")
      .on(t.offerId, t.smeId)
      .where(sql`${t.status} = 'pending'`),
  ],
);
export type ShowroomApplication = typeof showroomApplications.$inferSelect;

/** The products an application puts on display; accepted ones get the "on display" badge. */
export const showroomApplicationProducts = pgTable(
  "showroom_application_products",
  {
    applicationId: uuid("application_id")
      .notNull()
      .references(() => showroomApplications.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.productId] }), index("showroom_application_products_product_idx").on(t.productId)],
);
