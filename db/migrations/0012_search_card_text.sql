-- The stored search rows' cards lack their text: empty both tables (derived data), and start-up
-- (ensureSearchIndex) builds them again.
TRUNCATE "search_cards", "search_items";--> statement-breakpoint
ALTER TABLE "search_cards" ADD COLUMN "text" text NOT NULL;--> statement-breakpoint
ALTER TABLE "search_items" DROP COLUMN "text";