CREATE TABLE "search_catalog_bumps" (
	"txid" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_catalog_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
-- The catalog version (db/schema/search.ts, lib/search/cache.ts). Values come from a sequence that
-- no TRUNCATE ... RESTART IDENTITY resets, so a value is never seen twice.
CREATE SEQUENCE "search_catalog_version_seq";
--> statement-breakpoint
INSERT INTO "search_catalog_version" ("id", "version") VALUES (1, nextval('search_catalog_version_seq'));
--> statement-breakpoint
CREATE FUNCTION "search_catalog_bump"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_catalog_version" ("id", "version") VALUES (1, nextval('search_catalog_version_seq'))
    ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version";
END $$;
--> statement-breakpoint
-- After each write statement: note the transaction once (the deferred trigger below bumps at commit).
CREATE FUNCTION "search_catalog_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_catalog_bumps" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "search_catalog_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_catalog_bump"();
  DELETE FROM "search_catalog_bumps" WHERE "txid" = NEW."txid";
  RETURN NULL;
END $$;
--> statement-breakpoint
-- TRUNCATE (the tests empty every table between tests) bumps at once: it locks the tables anyway.
CREATE FUNCTION "search_catalog_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_catalog_bump"();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "search_catalog_commit" AFTER INSERT ON "search_catalog_bumps"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "search_catalog_commit"();
--> statement-breakpoint
CREATE TRIGGER "search_items_changed" AFTER INSERT OR UPDATE OR DELETE ON "search_items" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_changed"();
--> statement-breakpoint
CREATE TRIGGER "search_cards_changed" AFTER INSERT OR UPDATE OR DELETE ON "search_cards" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_changed"();
--> statement-breakpoint
CREATE TRIGGER "search_facet_sets_changed" AFTER INSERT OR UPDATE OR DELETE ON "search_facet_sets" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_changed"();
--> statement-breakpoint
CREATE TRIGGER "search_words_changed" AFTER INSERT OR UPDATE OR DELETE ON "search_words" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_changed"();
--> statement-breakpoint
CREATE TRIGGER "company_blocks_changed" AFTER INSERT OR UPDATE OR DELETE ON "company_blocks" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_changed"();
--> statement-breakpoint
CREATE TRIGGER "search_items_truncated" AFTER TRUNCATE ON "search_items" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_truncated"();
--> statement-breakpoint
CREATE TRIGGER "search_cards_truncated" AFTER TRUNCATE ON "search_cards" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_truncated"();
--> statement-breakpoint
CREATE TRIGGER "search_facet_sets_truncated" AFTER TRUNCATE ON "search_facet_sets" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_truncated"();
--> statement-breakpoint
CREATE TRIGGER "search_words_truncated" AFTER TRUNCATE ON "search_words" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_truncated"();
--> statement-breakpoint
CREATE TRIGGER "company_blocks_truncated" AFTER TRUNCATE ON "company_blocks" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_truncated"();
--> statement-breakpoint
CREATE TRIGGER "search_catalog_version_truncated" AFTER TRUNCATE ON "search_catalog_version" FOR EACH STATEMENT EXECUTE FUNCTION "search_catalog_truncated"();
