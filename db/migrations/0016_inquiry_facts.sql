-- The backfill rewrites every inquiry: the app's statement timeout (DB_STATEMENT_TIMEOUT_MS) is
-- lifted for the rest of the migration's transaction, or a large table would be cut off midway.
SET LOCAL statement_timeout = 0;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "first_reply_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "met_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "samples_at" timestamp with time zone;--> statement-breakpoint
-- Backfill from the rows the facts come from, in one pass of hash joins; lib/inquiries/facts.ts
-- keeps them current from here on with the same definitions. A deal at samples_sent or later with
-- no stage event (set so when it was created) gets its last update as the time it reached samples.
UPDATE "inquiries" i SET
  "first_reply_at" = f.replied_at,
  "met_at" = f.met_at,
  "samples_at" = least(f.samples_at, CASE WHEN i.stage IN ('samples_sent', 'negotiating', 'signed') THEN i.updated_at END)
FROM (
  SELECT x.id, r.replied_at, mt.met_at, e.samples_at
  FROM "inquiries" x
  LEFT JOIN (SELECT m.inquiry_id, min(m.created_at) AS replied_at FROM "inquiry_messages" m JOIN "inquiries" y ON y.id = m.inquiry_id
             WHERE m.author_side = (CASE WHEN y.opened_by_company_id = y.distributor_id THEN 'sme' ELSE 'distributor' END)::author_side
             GROUP BY 1) r ON r.inquiry_id = x.id
  LEFT JOIN (SELECT inquiry_id, min(updated_at) AS met_at FROM "meetings" WHERE status = 'accepted' GROUP BY 1) mt ON mt.inquiry_id = x.id
  LEFT JOIN (SELECT inquiry_id, min(created_at) AS samples_at FROM "inquiry_events"
             WHERE type = 'stage_changed' AND data->>'to' IN ('samples_sent', 'negotiating', 'signed') GROUP BY 1) e ON e.inquiry_id = x.id
  WHERE r.replied_at IS NOT NULL OR mt.met_at IS NOT NULL OR e.samples_at IS NOT NULL OR x.stage IN ('samples_sent', 'negotiating', 'signed')
) f
WHERE f.id = i.id;--> statement-breakpoint
CREATE INDEX "inquiries_created_idx" ON "inquiries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "inquiries_pair_idx" ON "inquiries" USING btree ("sme_id","distributor_id","created_at");
