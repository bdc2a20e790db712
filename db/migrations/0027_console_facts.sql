DROP INDEX "inquiries_created_idx";--> statement-breakpoint
ALTER TABLE "match_profiles" ADD COLUMN "has_match" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "sme_current_chamber_id" uuid;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "distributor_current_chamber_id" uuid;--> statement-breakpoint
-- Each side's chamber as it stands now (null: none, or the company is deleted), for the console.
UPDATE "inquiries" i SET
  "sme_current_chamber_id" = (SELECT CASE WHEN c."deleted_at" IS NULL THEN c."chamber_id" END FROM "companies" c WHERE c."id" = i."sme_id"),
  "distributor_current_chamber_id" = (SELECT CASE WHEN c."deleted_at" IS NULL THEN c."chamber_id" END FROM "companies" c WHERE c."id" = i."distributor_id");
--> statement-breakpoint
CREATE INDEX "inquiries_console_idx" ON "inquiries" USING btree ("created_at","sme_current_chamber_id","distributor_current_chamber_id","sme_id","distributor_id","product_id","first_reply_at","met_at","samples_at","stage");
--> statement-breakpoint
CREATE FUNCTION "inquiries_current_chambers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."sme_current_chamber_id" := (SELECT CASE WHEN c."deleted_at" IS NULL THEN c."chamber_id" END FROM "companies" c WHERE c."id" = NEW."sme_id");
  NEW."distributor_current_chamber_id" := (SELECT CASE WHEN c."deleted_at" IS NULL THEN c."chamber_id" END FROM "companies" c WHERE c."id" = NEW."distributor_id");
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "inquiries_current_chambers" BEFORE INSERT OR UPDATE OF "sme_id", "distributor_id", "sme_current_chamber_id", "distributor_current_chamber_id" ON "inquiries"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_current_chambers"();
--> statement-breakpoint
CREATE FUNCTION "companies_current_chamber_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  now_in uuid := CASE WHEN NEW."deleted_at" IS NULL THEN NEW."chamber_id" END;
BEGIN
  UPDATE "inquiries" SET "sme_current_chamber_id" = now_in WHERE "sme_id" = NEW."id" AND "sme_current_chamber_id" IS DISTINCT FROM now_in;
  UPDATE "inquiries" SET "distributor_current_chamber_id" = now_in WHERE "distributor_id" = NEW."id" AND "distributor_current_chamber_id" IS DISTINCT FROM now_in;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "companies_current_chamber_changed" AFTER UPDATE OF "chamber_id", "deleted_at" ON "companies"
  FOR EACH ROW WHEN (OLD."chamber_id" IS DISTINCT FROM NEW."chamber_id" OR OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at")
  EXECUTE FUNCTION "companies_current_chamber_changed"();
--> statement-breakpoint
-- match_profiles.has_match: whether the company has a stored match. Set when its profile is written
-- (pairs may already exist), and after each statement that inserts or deletes matches, for the
-- companies on either side of the rows it touched.
UPDATE "match_profiles" p SET "has_match" = EXISTS (SELECT 1 FROM "matches" m WHERE m."sme_id" = p."company_id")
  OR EXISTS (SELECT 1 FROM "matches" m WHERE m."distributor_id" = p."company_id");
--> statement-breakpoint
CREATE FUNCTION "match_profiles_has_match"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."has_match" := EXISTS (SELECT 1 FROM "matches" m WHERE m."sme_id" = NEW."company_id")
    OR EXISTS (SELECT 1 FROM "matches" m WHERE m."distributor_id" = NEW."company_id");
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "match_profiles_has_match" BEFORE INSERT OR UPDATE OF "has_match" ON "match_profiles"
  FOR EACH ROW EXECUTE FUNCTION "match_profiles_has_match"();
--> statement-breakpoint
CREATE FUNCTION "matches_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "match_profiles" p SET "has_match" = true
    FROM (SELECT "sme_id" AS id FROM new_rows UNION SELECT "distributor_id" FROM new_rows) x
    WHERE p."company_id" = x.id AND NOT p."has_match";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "matches_inserted" AFTER INSERT ON "matches" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "matches_inserted"();
--> statement-breakpoint
CREATE FUNCTION "matches_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The BEFORE trigger above recomputes the flag of each row this touches.
  UPDATE "match_profiles" p SET "has_match" = false
    FROM (SELECT "sme_id" AS id FROM old_rows UNION SELECT "distributor_id" FROM old_rows) x
    WHERE p."company_id" = x.id AND p."has_match";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "matches_deleted" AFTER DELETE ON "matches" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "matches_deleted"();
--> statement-breakpoint
CREATE FUNCTION "matches_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "match_profiles" SET "has_match" = false WHERE "has_match";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "matches_truncated" AFTER TRUNCATE ON "matches" FOR EACH STATEMENT EXECUTE FUNCTION "matches_truncated"();
