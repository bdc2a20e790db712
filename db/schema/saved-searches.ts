import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { users } from "./users";

export const digestFrequencies = ["daily", "weekly"] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/** The search form's filters as saved: the query and filters of /search, without sort or page. */
export type SavedSearchParams = Partial<Record<"q" | "type" | "hs" | "region" | "channel" | "lang" | "chamber", string>> &
  Partial<Record<"priceMin" | "priceMax" | "moqMax", number>>;

/**
 * A user's saved search and its email digest: what is new for it since `digestedAt`, and new
 * matches of the user's company at or above `matchThreshold` percent (null: no matches part).
 */
export const savedSearches = pgTable(
  "saved_searches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    params: jsonb("params").$type<SavedSearchParams>().notNull(),
    frequency: text("frequency").$type<DigestFrequency>().notNull(),
    matchThreshold: integer("match_threshold"),
    /** Random and unguessable: the digest's one-click stop link carries it instead of a session. */
    stopToken: text("stop_token").notNull(),
    /** Items created up to this moment were covered by the last digest (or existed when saved). */
    digestedAt: timestamp("digested_at", { withTimezone: true }).notNull().defaultNow(),
    stoppedAt: timestamp("stopped_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("saved_searches_user_idx").on(t.userId), uniqueIndex("saved_searches_stop_token_idx").on(t.stopToken)],
);
export type SavedSearch = typeof savedSearches.$inferSelect;

/** The matches a saved search's digests have already told of (or that existed when it was saved). */
export const savedSearchMatches = pgTable(
  "saved_search_matches",
  {
    savedSearchId: uuid("saved_search_id")
      .notNull()
      .references(() => savedSearches.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.savedSearchId, t.companyId] })],
);
