ALTER TABLE "companies" ADD COLUMN "registry_number" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "wechat_id" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "line_id" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "wecom_id" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "phone" text;