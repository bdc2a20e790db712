CREATE TYPE "public"."carrier" AS ENUM('japan_post_ems', 'yamato', 'sagawa', 'sf_express', 'dhl', 'fedex', 'ups', 'other');--> statement-breakpoint
CREATE TYPE "public"."incoterm" AS ENUM('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP');--> statement-breakpoint
CREATE TYPE "public"."quotation_status" AS ENUM('open', 'revision_requested', 'accepted', 'declined', 'not_selected');--> statement-breakpoint
CREATE TYPE "public"."sample_payer" AS ENUM('sme', 'distributor');--> statement-breakpoint
CREATE TYPE "public"."sample_status" AS ENUM('requested', 'sent', 'received');--> statement-breakpoint
ALTER TYPE "public"."inquiry_source" ADD VALUE 'need';--> statement-breakpoint
CREATE TABLE "quotation_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"quotation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"product_id" uuid,
	"product_name" text NOT NULL,
	"unit_price" integer NOT NULL,
	"currency" text DEFAULT 'JPY' NOT NULL,
	"moq" integer NOT NULL,
	"incoterm" "incoterm" NOT NULL,
	"incoterm_place" text NOT NULL,
	"lead_time_days" integer NOT NULL,
	"payment_terms" text NOT NULL,
	"valid_until" date NOT NULL,
	"notes" text,
	"spec_sheet_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotation_versions_currency" CHECK ("quotation_versions"."currency" in ('JPY')),
	CONSTRAINT "quotation_versions_amounts" CHECK ("quotation_versions"."unit_price" > 0 and "quotation_versions"."moq" > 0 and "quotation_versions"."lead_time_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "quotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"need_id" uuid,
	"sme_id" uuid NOT NULL,
	"distributor_id" uuid NOT NULL,
	"status" "quotation_status" DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"revision_note" text,
	"decline_reason" text,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"requested_by" uuid,
	"items" jsonb NOT NULL,
	"address" text NOT NULL,
	"payer" "sample_payer" NOT NULL,
	"status" "sample_status" DEFAULT 'requested' NOT NULL,
	"carrier" "carrier",
	"tracking_number" text,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"feedback" text,
	"not_sent_flagged_at" timestamp with time zone,
	"not_received_flagged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sourcing_needs" ADD COLUMN "quantity_per_delivery" integer;--> statement-breakpoint
ALTER TABLE "sourcing_needs" ADD COLUMN "deadline" date;--> statement-breakpoint
ALTER TABLE "sourcing_needs" ADD COLUMN "expired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quotation_versions" ADD CONSTRAINT "quotation_versions_quotation_id_quotations_id_fk" FOREIGN KEY ("quotation_id") REFERENCES "public"."quotations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_versions" ADD CONSTRAINT "quotation_versions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_versions" ADD CONSTRAINT "quotation_versions_spec_sheet_id_inquiry_attachments_id_fk" FOREIGN KEY ("spec_sheet_id") REFERENCES "public"."inquiry_attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_versions" ADD CONSTRAINT "quotation_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotations" ADD CONSTRAINT "quotations_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotations" ADD CONSTRAINT "quotations_need_id_sourcing_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."sourcing_needs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotations" ADD CONSTRAINT "quotations_sme_id_companies_id_fk" FOREIGN KEY ("sme_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotations" ADD CONSTRAINT "quotations_distributor_id_companies_id_fk" FOREIGN KEY ("distributor_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_requests" ADD CONSTRAINT "sample_requests_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_requests" ADD CONSTRAINT "sample_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quotation_versions_version_idx" ON "quotation_versions" USING btree ("quotation_id","version");--> statement-breakpoint
CREATE INDEX "quotations_need_idx" ON "quotations" USING btree ("need_id","created_at");--> statement-breakpoint
CREATE INDEX "quotations_inquiry_idx" ON "quotations" USING btree ("inquiry_id");--> statement-breakpoint
CREATE INDEX "quotations_sme_idx" ON "quotations" USING btree ("sme_id");--> statement-breakpoint
CREATE INDEX "quotations_distributor_idx" ON "quotations" USING btree ("distributor_id");--> statement-breakpoint
CREATE INDEX "sample_requests_inquiry_idx" ON "sample_requests" USING btree ("inquiry_id");--> statement-breakpoint
CREATE INDEX "sample_requests_status_idx" ON "sample_requests" USING btree ("status","created_at");