-- search_items is derived data (start-up's ensureSearchIndex rebuilds an empty table): it is
-- created again rather than altered, so that its columns come in the order a search reads them.
DROP TABLE "search_items";--> statement-breakpoint
CREATE TABLE "search_items" (
	"created_at" timestamp with time zone NOT NULL,
	"company_deleted_at" timestamp with time zone,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"hs_chapters_set" bigint NOT NULL,
	"regions_set" bigint NOT NULL,
	"channel_types_set" bigint NOT NULL,
	"languages_set" bigint NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"chamber_id" uuid,
	"item_id" uuid NOT NULL,
	"kind" "search_item_kind" NOT NULL,
	"company_kind" "company_kind" NOT NULL,
	"company_status" "company_status" NOT NULL,
	"price_min_jpy" integer,
	"price_max_jpy" integer,
	"moq" integer,
	"name_token_count" integer DEFAULT 0 NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"hs_inferred" boolean DEFAULT false NOT NULL,
	"hs_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"channel_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"hs_named" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"tokens" text[] DEFAULT '{}'::text[] NOT NULL,
	"hs_code" text,
	"region" text NOT NULL,
	"text" text NOT NULL,
	"name" jsonb NOT NULL,
	"company_name" jsonb NOT NULL,
	"hs_chapters" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_items" ADD CONSTRAINT "search_items_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "search_items_kind_item_idx" ON "search_items" USING btree ("kind","item_id");--> statement-breakpoint
CREATE INDEX "search_items_company_idx" ON "search_items" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "search_items_tokens_idx" ON "search_items" USING gin ("tokens");--> statement-breakpoint
CREATE INDEX "search_items_hs_keys_idx" ON "search_items" USING gin ("hs_keys");--> statement-breakpoint
CREATE INDEX "search_items_hs_named_idx" ON "search_items" USING gin ("hs_named");--> statement-breakpoint
CREATE INDEX "search_items_regions_idx" ON "search_items" USING gin ("regions");--> statement-breakpoint
CREATE INDEX "search_items_channels_idx" ON "search_items" USING gin ("channel_types");--> statement-breakpoint
CREATE INDEX "search_items_languages_idx" ON "search_items" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "search_items_chamber_idx" ON "search_items" USING btree ("chamber_id");--> statement-breakpoint
CREATE INDEX "search_items_moq_idx" ON "search_items" USING btree ("moq");--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);
