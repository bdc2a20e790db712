CREATE TABLE "match_profiles" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"kind" "company_kind" NOT NULL,
	"features" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_profiles" ADD CONSTRAINT "match_profiles_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_profiles_kind_idx" ON "match_profiles" USING btree ("kind");