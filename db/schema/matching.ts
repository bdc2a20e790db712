import { bigserial, boolean, index, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companyKind } from "./companies";
import type { Localized } from "./localized";
import { chambers } from "./chambers";
import { companies } from "./companies";
import { users } from "./users";

/**
 * A checkable piece of evidence behind a match: a code and the facts it names. A product's name
 * or a need's text is kept in every language it was written in, so each reader gets their own
 * (reasons stored before that hold one string).
 */
export type MatchReason = { code: string; params: Record<string, string | number | string[] | Localized> };

/** One row per SME–distributor pair worth showing; both sides read it. */
export const matches = pgTable(
  "matches",
  {
    smeId: uuid("sme_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    distributorId: uuid("distributor_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    reasons: jsonb("reasons").$type<MatchReason[]>().notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.smeId, t.distributorId] }),
    index("matches_sme_score_idx").on(t.smeId, t.score.desc()),
    index("matches_distributor_score_idx").on(t.distributorId, t.score.desc()),
  ],
);
export type Match = typeof matches.$inferSelect;

/** Companies whose matches must be recomputed; drained by the background job. */
export const matchQueue = pgTable("match_queue", {
  companyId: uuid("company_id")
    .primaryKey()
    .references(() => companies.id, { onDelete: "cascade" }),
  queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
});

export const matchFeedbackStates = ["saved", "dismissed"] as const;
export const matchFeedbackState = pgEnum("match_feedback_state", matchFeedbackStates);

/** A company's own save/dismiss of another; it filters that company's list and nothing else. */
export const matchFeedback = pgTable(
  "match_feedback",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    otherId: uuid("other_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    state: matchFeedbackState("state").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.otherId] })],
);

/** "Recommended by <chamber>": shown to both sides of the pair. */
export const matchRecommendations = pgTable(
  "match_recommendations",
  {
    smeId: uuid("sme_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    distributorId: uuid("distributor_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    chamberId: uuid("chamber_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    recommendedBy: uuid("recommended_by").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.smeId, t.distributorId, t.chamberId] }), index("match_recommendations_distributor_idx").on(t.distributorId)],
);

/**
 * Each approved company's matching features (normalized tokens, HS codes, reach, prices), written
 * whenever its matches are recomputed. Lets the incremental path load the other side in one cheap
 * query instead of re-tokenizing thousands of texts; computedAt tells every app instance's
 * in-memory copy which entries changed.
 */
export const matchProfiles = pgTable(
  "match_profiles",
  {
    companyId: uuid("company_id")
      .primaryKey()
      .references(() => companies.id, { onDelete: "cascade" }),
    kind: companyKind("kind").notNull(),
    features: jsonb("features").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Bumped from its sequence on every write: an instance asks only for revisions above its last. */
    rev: bigserial("rev", { mode: "number" }).notNull(),
    /**
     * The company's 50th best score at the last full recompute (null: fewer than 50 partners). The
     * incremental path stores a pair outside the edited company's own top 50 only above it.
     */
    topCutoff: real("top_cutoff"),
    /**
     * Whether the company has at least one stored match (the chamber console's "matched" step),
     * kept by triggers on matches and on this table (migration 0027), so the console reads a flag
     * per member instead of probing the matches table for each.
     */
    hasMatch: boolean("has_match").notNull().default(false),
  },
  (t) => [index("match_profiles_kind_idx").on(t.kind), index("match_profiles_rev_idx").on(t.rev)],
);
