ALTER TABLE "search_items" ADD COLUMN "hs_named" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "search_items_hs_named_idx" ON "search_items" USING gin ("hs_named");