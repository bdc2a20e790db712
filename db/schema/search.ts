// One row per searchable item (a product, a company, a sourcing need), denormalized so a search
// reads one table: normalized text and its tokens, filter values, and what a result card shows.
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies, companyKind, companyStatus } from "./companies";
import type { Localized } from "./localized";

export const searchItemKinds = ["product", "company", "need"] as const;
export type SearchItemKind = (typeof searchItemKinds)[number];
export const searchItemKind = pgEnum("search_item_kind", searchItemKinds);

// Columns in the order a search reads them: the fixed-width filter and facet values first, then
// the small arrays, and the tokens last. A row is decoded from its start up to the last column a
// query needs, so this order keeps scanning thousands of candidates from walking every long
// value; what only a result card or a close-match ranking reads is in search_cards.
export const searchItems = pgTable(
  "search_items",
  {
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    companyDeletedAt: timestamp("company_deleted_at", { withTimezone: true }),
    indexedAt: timestamp("indexed_at", { withTimezone: true }).notNull().defaultNow(),
    /** search_facet_sets ids of the HS chapters, regions, channel types and languages: what facets count by. */
    hsChaptersSet: bigint("hs_chapters_set", { mode: "number" }).notNull(),
    regionsSet: bigint("regions_set", { mode: "number" }).notNull(),
    channelTypesSet: bigint("channel_types_set", { mode: "number" }).notNull(),
    languagesSet: bigint("languages_set", { mode: "number" }).notNull(),
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    chamberId: uuid("chamber_id"),
    /** The product's, need's or company's own id. */
    itemId: uuid("item_id").notNull(),
    kind: searchItemKind("kind").notNull(),
    companyKind: companyKind("company_kind").notNull(),
    companyStatus: companyStatus("company_status").notNull(),
    priceMinJpy: integer("price_min_jpy"),
    priceMaxJpy: integer("price_max_jpy"),
    moq: integer("moq"),
    /** How many of `tokens`, from the first, come from the item's own name and keywords. */
    nameTokenCount: integer("name_token_count").notNull().default(0),
    /** Products only; companies and needs are always true. */
    published: boolean("published").notNull().default(true),
    hsInferred: boolean("hs_inferred").notNull().default(false),
    /** Chapters (2 digits), headings (4) and full codes of every HS code the item carries. */
    hsKeys: text("hs_keys")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The company's region, plus its channels' regions for a distributor. */
    regions: text("regions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    channelTypes: text("channel_types")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * For each code, the nearest code the nomenclature names (a subheading's heading): a query
     * matching an HS name in ja/zh/en finds the items whose codes that name describes.
     */
    hsNamed: text("hs_named")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Normalized keywords, for the exact-keyword boost. */
    keywords: text("keywords")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * Tokens (textTokens: CJK bigrams, whole words, Latin word prefixes) of all its texts: the
     * cross-language match. Those of its own name and keywords come first (nameTokenCount), for
     * the relevance boost.
     */
    tokens: text("tokens")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex("search_items_kind_item_idx").on(t.kind, t.itemId),
    index("search_items_company_idx").on(t.companyId),
    index("search_items_tokens_idx").using("gin", t.tokens),
    index("search_items_hs_keys_idx").using("gin", t.hsKeys),
    index("search_items_hs_named_idx").using("gin", t.hsNamed),
    index("search_items_regions_idx").using("gin", t.regions),
    index("search_items_channels_idx").using("gin", t.channelTypes),
    index("search_items_languages_idx").using("gin", t.languages),
    index("search_items_chamber_idx").on(t.chamberId),
    index("search_items_moq_idx").on(t.moq),
  ],
);

export type SearchItem = typeof searchItems.$inferSelect;
export type NewSearchItem = typeof searchItems.$inferInsert;

/**
 * What a result card shows of a search row, and the text a close match is ranked by: kept out of
 * search_items so the rows a search scans stay narrow, and read for a few rows only.
 */
export const searchCards = pgTable("search_cards", {
  id: uuid("id")
    .primaryKey()
    .references(() => searchItems.id, { onDelete: "cascade" }),
  name: jsonb("name").$type<Localized>().notNull(),
  companyName: jsonb("company_name").$type<Localized>().notNull(),
  /** The code shown on the card (the sender's, else the inferred one). */
  hsCode: text("hs_code"),
  region: text("region").notNull(),
  /** The item's names and keywords, normalized and kept short: what a close match is ranked by. */
  text: text("text").notNull(),
});

export type NewSearchCard = typeof searchCards.$inferInsert;

/**
 * Every distinct set of values a search row carries in a facet column (its regions, say), keyed
 * by a hash of the sorted values (lib/search/facet-sets.ts). Counting a facet then groups rows
 * by one integer, and reads each set's values once. Sets are only added, never removed.
 */
export const searchFacetSets = pgTable("search_facet_sets", {
  id: bigint("id", { mode: "number" }).primaryKey(),
  values: text("values").array().notNull(),
});

export type NewSearchFacetSet = typeof searchFacetSets.$inferInsert;

/**
 * Every Latin word of the indexed texts, once: a close-match search looks a mistyped word up
 * here by trigram similarity, then finds the items through their tokens. Words are only added.
 */
export const searchWords = pgTable("search_words", { word: text("word").primaryKey() }, (t) => [
  index("search_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`),
]);

/**
 * One row (id 1): a number that changes, in the committing transaction, whenever anything a search
 * reads changes (search rows, cards, facet sets, words, company blocks). Triggers keep it
 * (migration 0018): each writing transaction leaves one entry in search_catalog_bumps, and a
 * deferred trigger on that entry sets a fresh value from a sequence at commit, so writers hold
 * the row's lock only while committing. Values are never reused (not even after TRUNCATE), so a
 * search result cached under a value is exact for as long as a search reads that value
 * (lib/search/cache.ts).
 */
export const searchCatalogVersion = pgTable("search_catalog_version", {
  id: integer("id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});

/** The transactions that changed what search reads and have not committed yet: one row each, gone at commit. */
export const searchCatalogBumps = pgTable("search_catalog_bumps", {
  txid: bigint("txid", { mode: "number" }).primaryKey(),
});
