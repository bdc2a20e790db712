-- The search rows already stored have no cards: empty search_items (derived data), and
-- start-up (ensureSearchIndex) builds it again with its cards.
DELETE FROM "search_items";--> statement-breakpoint
CREATE TABLE "search_cards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"company_name" jsonb NOT NULL,
	"hs_code" text,
	"region" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_cards" ADD CONSTRAINT "search_cards_id_search_items_id_fk" FOREIGN KEY ("id") REFERENCES "public"."search_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_items" DROP COLUMN "hs_code";--> statement-breakpoint
ALTER TABLE "search_items" DROP COLUMN "region";--> statement-breakpoint
ALTER TABLE "search_items" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "search_items" DROP COLUMN "company_name";--> statement-breakpoint
ALTER TABLE "search_items" DROP COLUMN "hs_chapters";