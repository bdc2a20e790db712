import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import type { Localized } from "./localized";
import { bytea } from "./types";
import { users } from "./users";

export const channelTypes = [
  "wholesale",
  "retail_chain",
  "department_store",
  "ecommerce_marketplace",
  "cross_border_ecommerce",
  "livestream",
  "showroom",
  "trade_fair",
  "b2b_industrial",
  "horeca",
  "medical",
] as const;
export type ChannelType = (typeof channelTypes)[number];
export const channelType = pgEnum("channel_type", channelTypes);

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    ref: text("ref").notNull(),
    name: jsonb("name").$type<Localized>().notNull(),
    description: jsonb("description").$type<Localized>(),
    /** The sender's own HS code. */
    hsCode: text("hs_code"),
    /** Suggested from the text when the sender gave none; never exported as the sender's. */
    inferredHsCode: text("inferred_hs_code"),
    priceMinJpy: integer("price_min_jpy"),
    priceMaxJpy: integer("price_max_jpy"),
    moq: integer("moq"),
    leadTimeDays: integer("lead_time_days"),
    keywords: text("keywords")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    certifications: text("certifications")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Where it is made or last processed (ISO 3166-2); null = the company's prefecture. */
    originPrefecture: text("origin_prefecture"),
    /** Food: where the main ingredient (largest share by weight) comes from, a prefecture or a country code. */
    mainIngredientOrigin: text("main_ingredient_origin"),
    /** The port or airport it leaves Japan from (lib/access/gateways.ts). */
    exportGateway: text("export_gateway"),
    /** Facts market-access rules test: lithium_battery, special_cosmetic, wood_packaging ... */
    accessAttributes: text("access_attributes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    published: boolean("published").notNull().default(true),
    /** Set when a chamber admin unpublished it; shown to the owner. */
    moderationReason: text("moderation_reason"),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("products_company_ref_idx").on(t.companyId, t.ref), index("products_hs_idx").on(t.hsCode)],
);
export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;

/** Re-encoded by sharp (EXIF stripped) and kept in the database so every app instance serves them. */
export const productImages = pgTable(
  "product_images",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    mime: text("mime").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    data: bytea("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_images_product_idx").on(t.productId, t.position)],
);
export type ProductImage = typeof productImages.$inferSelect;

export const salesChannels = pgTable(
  "sales_channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    type: channelType("type").notNull(),
    /** Province codes (CN-JL, ...) or ["CN"] for all of China. */
    regions: text("regions").array().notNull(),
    outlets: integer("outlets"),
    description: jsonb("description").$type<Localized>(),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("sales_channels_company_idx").on(t.companyId)],
);
export type SalesChannel = typeof salesChannels.$inferSelect;
export type NewSalesChannel = typeof salesChannels.$inferInsert;

export const sourcingNeeds = pgTable(
  "sourcing_needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    ref: text("ref").notNull(),
    description: jsonb("description").$type<Localized>().notNull(),
    hsCode: text("hs_code"),
    inferredHsCode: text("inferred_hs_code"),
    priceMinJpy: integer("price_min_jpy"),
    priceMaxJpy: integer("price_max_jpy"),
    volume: text("volume"),
    /** Quantity wanted per delivery, in units. */
    quantityPerDelivery: integer("quantity_per_delivery"),
    /** Last day quotations are taken (the distributor's calendar: ends at midnight CST). */
    deadline: date("deadline", { mode: "string" }),
    /** When the expiry sweep took the need out of search and matches (once). */
    expiredAt: timestamp("expired_at", { withTimezone: true }),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("sourcing_needs_company_ref_idx").on(t.companyId, t.ref)],
);
export type SourcingNeed = typeof sourcingNeeds.$inferSelect;
export type NewSourcingNeed = typeof sourcingNeeds.$inferInsert;

export const reportStatuses = ["open", "resolved"] as const;
export const reportStatus = pgEnum("report_status", reportStatuses);

/** A user's flag on a listing, for the admins to review. */
export const listingReports = pgTable(
  "listing_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reporterId: uuid("reporter_id").references(() => users.id, { onDelete: "set null" }),
    productId: uuid("product_id").references(() => products.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    status: reportStatus("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [index("listing_reports_company_idx").on(t.companyId, t.status)],
);
