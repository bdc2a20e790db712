ALTER TABLE "match_profiles" ADD COLUMN "rev" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "match_profiles" ADD COLUMN "top_cutoff" real;--> statement-breakpoint
CREATE INDEX "match_profiles_rev_idx" ON "match_profiles" USING btree ("rev");