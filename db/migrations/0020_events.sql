CREATE TYPE "public"."event_participant_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."event_talk_request_status" AS ENUM('pending', 'accepted', 'declined', 'expired');--> statement-breakpoint
CREATE TYPE "public"."event_talk_status" AS ENUM('proposed', 'scheduled', 'held', 'no_show');--> statement-breakpoint
CREATE TABLE "event_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"status" "event_participant_status" DEFAULT 'pending' NOT NULL,
	"availability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"product_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"needs" text,
	"registered_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_talk_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"from_company_id" uuid NOT NULL,
	"to_company_id" uuid NOT NULL,
	"status" "event_talk_request_status" DEFAULT 'pending' NOT NULL,
	"message" text,
	"expires_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_talks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"sme_id" uuid NOT NULL,
	"distributor_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"table_no" smallint NOT NULL,
	"status" "event_talk_status" DEFAULT 'proposed' NOT NULL,
	"sme_checked_in_at" timestamp with time zone,
	"distributor_checked_in_at" timestamp with time zone,
	"sme_note" text,
	"distributor_note" text,
	"sme_interest" smallint,
	"distributor_interest" smallint,
	"sme_next_step" text,
	"distributor_next_step" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chamber_id" uuid NOT NULL,
	"co_chamber_id" uuid,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"place" text,
	"online_url" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"time_zone" text NOT NULL,
	"talk_minutes" smallint NOT NULL,
	"break_minutes" smallint DEFAULT 0 NOT NULL,
	"day_start" text NOT NULL,
	"day_end" text NOT NULL,
	"tables" smallint NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"allowed_kinds" "company_kind"[] DEFAULT '{sme,distributor}'::company_kind[] NOT NULL,
	"request_expiry_hours" smallint DEFAULT 48 NOT NULL,
	"max_pending_requests" smallint DEFAULT 10 NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_dates_check" CHECK ("events"."ends_on" >= "events"."starts_on"),
	CONSTRAINT "events_talk_check" CHECK ("events"."talk_minutes" > 0 and "events"."break_minutes" >= 0 and "events"."tables" > 0)
);
--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_talk_requests" ADD CONSTRAINT "event_talk_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_talk_requests" ADD CONSTRAINT "event_talk_requests_from_company_id_companies_id_fk" FOREIGN KEY ("from_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_talk_requests" ADD CONSTRAINT "event_talk_requests_to_company_id_companies_id_fk" FOREIGN KEY ("to_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_talks" ADD CONSTRAINT "event_talks_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_talks" ADD CONSTRAINT "event_talks_request_id_event_talk_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."event_talk_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_talks" ADD CONSTRAINT "event_talks_sme_id_companies_id_fk" FOREIGN KEY ("sme_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_talks" ADD CONSTRAINT "event_talks_distributor_id_companies_id_fk" FOREIGN KEY ("distributor_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_co_chamber_id_chambers_id_fk" FOREIGN KEY ("co_chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_participants_company_idx" ON "event_participants" USING btree ("event_id","company_id");--> statement-breakpoint
CREATE INDEX "event_participants_status_idx" ON "event_participants" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "event_talk_requests_from_idx" ON "event_talk_requests" USING btree ("event_id","from_company_id","status");--> statement-breakpoint
CREATE INDEX "event_talk_requests_to_idx" ON "event_talk_requests" USING btree ("event_id","to_company_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "event_talk_requests_pair_idx" ON "event_talk_requests" USING btree ("event_id",least("from_company_id", "to_company_id"),greatest("from_company_id", "to_company_id")) WHERE "event_talk_requests"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "event_talks_request_idx" ON "event_talks" USING btree ("request_id",("status" = 'proposed'));--> statement-breakpoint
CREATE UNIQUE INDEX "event_talks_table_idx" ON "event_talks" USING btree ("event_id","starts_at","table_no",("status" = 'proposed'));--> statement-breakpoint
CREATE UNIQUE INDEX "event_talks_sme_slot_idx" ON "event_talks" USING btree ("event_id","starts_at","sme_id",("status" = 'proposed'));--> statement-breakpoint
CREATE UNIQUE INDEX "event_talks_distributor_slot_idx" ON "event_talks" USING btree ("event_id","starts_at","distributor_id",("status" = 'proposed'));--> statement-breakpoint
CREATE INDEX "event_talks_sme_idx" ON "event_talks" USING btree ("sme_id");--> statement-breakpoint
CREATE INDEX "event_talks_distributor_idx" ON "event_talks" USING btree ("distributor_id");--> statement-breakpoint
CREATE INDEX "events_chamber_idx" ON "events" USING btree ("chamber_id","starts_on");--> statement-breakpoint
CREATE INDEX "events_co_chamber_idx" ON "events" USING btree ("co_chamber_id");