// Market access: the rules that say whether a product may reach China by a route (versioned, with
// their sources), the changes admins propose to them, and the tariff and cost figures the landed
// price reads. Money and rates are integers: rates in basis points (1 % = 100), money in fen or yen.
import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Localized } from "./localized";
import { users } from "./users";

export const accessRoutes = ["GT", "CBEC", "TMP"] as const;
export type AccessRoute = (typeof accessRoutes)[number];

export const accessLevels = ["block", "todo", "info"] as const;
export type AccessLevel = (typeof accessLevels)[number];
export const accessLevel = pgEnum("access_level", accessLevels);

export const accessConfidences = ["high", "medium", "low"] as const;
export type AccessConfidence = (typeof accessConfidences)[number];

/** How a rule tests origin: where made, where last processed, where the main ingredient grew, which port it left from. */
export const originTests = ["production", "processing", "main_ingredient", "transit"] as const;
export type OriginTest = (typeof originTests)[number];

export type AccessScope = {
  /** Origin prefectures the rule covers (ISO 3166-2); omitted = every prefecture. */
  prefectures?: string[];
  /** Origin prefectures the rule leaves out ("all but the 10"). */
  exceptPrefectures?: string[];
  /** Which places are compared with `prefectures`; default production and processing. */
  originTests?: OriginTest[];
  /** HS prefixes ("8215") or chapter ranges ("01-24"); empty = every product. */
  hs: string[];
  hsExcept?: string[];
  /** Product attributes that bring a product into scope even outside `hs` ("lithium_battery"). */
  attributesAny?: string[];
  /** Attributes a product must have for the rule to apply ("special_cosmetic"). */
  attributesAll?: string[];
  routes: AccessRoute[];
};

export type AccessRequirement = { code: string; text: Localized };
export type AccessEvidence = { url: string; publishedOn: string | null };

/** One published version of a rule; a change is a new row with the next version, never an edit. */
export const accessRules = pgTable(
  "access_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    version: integer("version").notNull(),
    /** in_force, de_facto (enforced without a published text), suspended, repealed. */
    status: text("status").notNull().default("in_force"),
    title: jsonb("title").$type<Localized>().notNull(),
    authority: text("authority").notNull(),
    scope: jsonb("scope").$type<AccessScope>().notNull(),
    /** Codes of narrower rules that win where they apply (R02 for R01). */
    exceptions: text("exceptions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    level: accessLevel("level").notNull(),
    message: jsonb("message").$type<Localized>().notNull(),
    requirements: jsonb("requirements").$type<AccessRequirement[]>().notNull().default([]),
    /** A certification kind (CCC, NMPA, CIFER) whose number on the product meets the rule. */
    satisfiedBy: text("satisfied_by"),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    evidence: jsonb("evidence").$type<AccessEvidence[]>().notNull(),
    confidence: text("confidence").$type<AccessConfidence>().notNull(),
    reviewDue: date("review_due"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("access_rules_code_version_idx").on(t.code, t.version)],
);
export type AccessRuleRow = typeof accessRules.$inferSelect;
export type NewAccessRuleRow = typeof accessRules.$inferInsert;

export const accessProposalStatuses = ["pending", "approved", "rejected"] as const;
export type AccessProposalStatus = (typeof accessProposalStatuses)[number];

/** A proposed new version of a rule; published only when an admin other than the proposer approves it. */
export const accessRuleProposals = pgTable(
  "access_rule_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    /** The version the proposal starts from (null for a new rule). */
    baseVersion: integer("base_version"),
    payload: jsonb("payload").$type<Omit<NewAccessRuleRow, "id" | "code" | "version" | "createdBy" | "createdAt">>().notNull(),
    note: text("note").notNull(),
    status: text("status").$type<AccessProposalStatus>().notNull().default("pending"),
    proposedBy: uuid("proposed_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("access_rule_proposals_status_idx").on(t.status, t.createdAt)],
);
export type AccessRuleProposal = typeof accessRuleProposals.$inferSelect;

/** China's import rates for an HS line in a year, in basis points; RCEP null where no rate was found. */
export const tariffRates = pgTable(
  "tariff_rates",
  {
    hs: text("hs").notNull(),
    year: integer("year").notNull(),
    mfnBp: integer("mfn_bp").notNull(),
    rcepBp: integer("rcep_bp"),
    vatBp: integer("vat_bp").notNull(),
    consumptionTaxBp: integer("consumption_tax_bp").notNull().default(0),
    /** A per-litre consumption tax in fen (shochu: 91.2 fen a litre is stored as 91). */
    consumptionTaxFenPerLitre: integer("consumption_tax_fen_per_litre"),
    source: text("source").notNull(),
    sourceDate: date("source_date"),
    confidence: text("confidence").$type<AccessConfidence>().notNull(),
  },
  (t) => [uniqueIndex("tariff_rates_hs_year_idx").on(t.hs, t.year)],
);
export type TariffRate = typeof tariffRates.$inferSelect;

/**
 * Figures the landed price assumes, editable by platform admins: per route (and optionally
 * gateway) freight and insurance, the exchange rate, margins and the CBEC limits. `value` is in
 * `unit`: bp (basis points), yen_per_100_cny, fen.
 */
export const landedAssumptions = pgTable("landed_assumptions", {
  key: text("key").primaryKey(),
  value: integer("value").notNull(),
  unit: text("unit").notNull(),
  note: jsonb("note").$type<Localized>().notNull(),
  asOf: date("as_of").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
export type LandedAssumption = typeof landedAssumptions.$inferSelect;
