CREATE TABLE "introduction_followups" (
	"sme_id" uuid NOT NULL,
	"distributor_id" uuid NOT NULL,
	"chamber_id" uuid NOT NULL,
	"contact_reminded_at" timestamp with time zone,
	"reply_reminded_at" timestamp with time zone,
	"nudged_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_reason" text,
	"closed_by" uuid,
	CONSTRAINT "introduction_followups_sme_id_distributor_id_chamber_id_pk" PRIMARY KEY("sme_id","distributor_id","chamber_id")
);
--> statement-breakpoint
ALTER TABLE "introduction_followups" ADD CONSTRAINT "introduction_followups_sme_id_companies_id_fk" FOREIGN KEY ("sme_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_followups" ADD CONSTRAINT "introduction_followups_distributor_id_companies_id_fk" FOREIGN KEY ("distributor_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_followups" ADD CONSTRAINT "introduction_followups_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_followups" ADD CONSTRAINT "introduction_followups_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;