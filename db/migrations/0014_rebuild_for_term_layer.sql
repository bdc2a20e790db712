-- Matching v2 and search carry concept tokens from the term layer. The search rows already stored
-- have none: empty search_items (derived data), and start-up (ensureSearchIndex) builds it again.
-- Stored match profiles have the old features shape: queue every live company so the match worker
-- recomputes its matches (a large database runs `npm run match:recompute` instead).
TRUNCATE "search_cards", "search_items";--> statement-breakpoint
INSERT INTO "match_queue" ("company_id") SELECT "id" FROM "companies" WHERE "deleted_at" IS NULL ON CONFLICT ("company_id") DO UPDATE SET "queued_at" = now();
