-- Search rows are derived data, and the ones already stored lack their facet sets: empty the
-- table, and start-up (ensureSearchIndex) builds it again from the catalog.
DELETE FROM "search_items";--> statement-breakpoint
CREATE TABLE "search_facet_sets" (
	"id" bigint PRIMARY KEY NOT NULL,
	"values" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_items" ADD COLUMN "hs_chapters_set" bigint NOT NULL;--> statement-breakpoint
ALTER TABLE "search_items" ADD COLUMN "regions_set" bigint NOT NULL;--> statement-breakpoint
ALTER TABLE "search_items" ADD COLUMN "channel_types_set" bigint NOT NULL;--> statement-breakpoint
ALTER TABLE "search_items" ADD COLUMN "languages_set" bigint NOT NULL;