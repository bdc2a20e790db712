ALTER TYPE "public"."inquiry_source" ADD VALUE 'event';--> statement-breakpoint
ALTER TABLE "event_talks" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "event_talks" ADD COLUMN "inquiry_id" uuid;--> statement-breakpoint
ALTER TABLE "event_talks" ADD COLUMN "opened_inquiry" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "event_talks" ADD COLUMN "followup_days" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_talks" ADD CONSTRAINT "event_talks_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_talks_followup_idx" ON "event_talks" USING btree ("status","followup_days") WHERE "event_talks"."inquiry_id" is not null;