CREATE TABLE "directory_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_state_single_row" CHECK ("directory_state"."id" = 1)
);
--> statement-breakpoint
DROP INDEX "startups_published_at_idx";--> statement-breakpoint
ALTER TABLE "startups" ADD COLUMN "name_sort" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED;--> statement-breakpoint
CREATE INDEX "startups_name_sort_idx" ON "startups" USING btree ("status","name_sort");--> statement-breakpoint
CREATE INDEX "startups_published_at_idx" ON "startups" USING btree ("status","published_at");