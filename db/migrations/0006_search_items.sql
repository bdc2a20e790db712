CREATE TYPE "public"."search_item_kind" AS ENUM('product', 'company', 'need');--> statement-breakpoint
CREATE TABLE "search_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "search_item_kind" NOT NULL,
	"item_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"company_kind" "company_kind" NOT NULL,
	"company_status" "company_status" NOT NULL,
	"company_deleted_at" timestamp with time zone,
	"published" boolean DEFAULT true NOT NULL,
	"name" jsonb NOT NULL,
	"company_name" jsonb NOT NULL,
	"text" text NOT NULL,
	"tokens" text[] DEFAULT '{}'::text[] NOT NULL,
	"name_tokens" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"hs_code" text,
	"hs_inferred" boolean DEFAULT false NOT NULL,
	"hs_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"hs_chapters" text[] DEFAULT '{}'::text[] NOT NULL,
	"region" text NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"channel_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_min_jpy" integer,
	"price_max_jpy" integer,
	"moq" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"chamber_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_items" ADD CONSTRAINT "search_items_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "search_items_kind_item_idx" ON "search_items" USING btree ("kind","item_id");--> statement-breakpoint
CREATE INDEX "search_items_company_idx" ON "search_items" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "search_items_scope_idx" ON "search_items" USING btree ("company_kind","kind","created_at");--> statement-breakpoint
CREATE INDEX "search_items_text_trgm_idx" ON "search_items" USING gin ("text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_items_tokens_idx" ON "search_items" USING gin ("tokens");--> statement-breakpoint
CREATE INDEX "search_items_hs_keys_idx" ON "search_items" USING gin ("hs_keys");--> statement-breakpoint
CREATE INDEX "search_items_regions_idx" ON "search_items" USING gin ("regions");--> statement-breakpoint
CREATE INDEX "search_items_channels_idx" ON "search_items" USING gin ("channel_types");--> statement-breakpoint
CREATE INDEX "search_items_languages_idx" ON "search_items" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "search_items_chamber_idx" ON "search_items" USING btree ("chamber_id");--> statement-breakpoint
CREATE INDEX "search_items_price_idx" ON "search_items" USING btree ("price_min_jpy","price_max_jpy");--> statement-breakpoint
CREATE INDEX "search_items_moq_idx" ON "search_items" USING btree ("moq");