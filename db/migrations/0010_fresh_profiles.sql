CREATE TYPE "public"."freshness_reminder_kind" AS ENUM('first', 'second');--> statement-breakpoint
CREATE TABLE "freshness_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"startup_id" uuid NOT NULL,
	"cycle" timestamp with time zone NOT NULL,
	"kind" "freshness_reminder_kind" NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "freshness_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reminder_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_state" ADD COLUMN "freshness_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "startups" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "freshness_reminders" ADD CONSTRAINT "freshness_reminders_startup_id_startups_id_fk" FOREIGN KEY ("startup_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freshness_tokens" ADD CONSTRAINT "freshness_tokens_reminder_id_freshness_reminders_id_fk" FOREIGN KEY ("reminder_id") REFERENCES "public"."freshness_reminders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freshness_tokens" ADD CONSTRAINT "freshness_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "freshness_reminders_cycle_idx" ON "freshness_reminders" USING btree ("startup_id","cycle","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "freshness_tokens_hash_idx" ON "freshness_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "freshness_tokens_reminder_idx" ON "freshness_tokens" USING btree ("reminder_id");--> statement-breakpoint
CREATE INDEX "startups_confirmed_at_idx" ON "startups" USING btree ("status","confirmed_at");--> statement-breakpoint
-- Existing profiles were last confirmed by their last approved revision (or, for rows imported
-- without one, when they were published).
UPDATE startups SET confirmed_at = coalesce(
  (SELECT max(r.decided_at) FROM startup_revisions r WHERE r.startup_id = startups.id AND r.status = 'approved'),
  startups.published_at)
WHERE startups.status <> 'draft';--> statement-breakpoint
-- An update of startups moves the directory version (every cached public page) when a row that
-- is or was published changed in anything but confirmed_at, as in 0007. When only the
-- confirmation date of published rows changed ("rien n'a changé", lib/freshness), it moves
-- freshness_version instead: the pages that show freshness (the directory, the statistics) key on
-- it, a profile page keys on its own confirmation date, and everything else keeps its cache.
-- The logo is compared apart, so that the row comparison need not turn its bytes into text.
CREATE OR REPLACE FUNCTION bump_directory_version_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
    WHERE (o.status = 'published' OR n.status = 'published')
      AND (o.id IS NULL OR n.id IS NULL
        OR (to_jsonb(o) - 'confirmed_at' - 'logo') IS DISTINCT FROM (to_jsonb(n) - 'confirmed_at' - 'logo')
        OR o.logo IS DISTINCT FROM n.logo)
  ) THEN
    UPDATE directory_state SET version = version + 1, changed_at = now() WHERE id = 1;
  ELSIF EXISTS (
    SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE n.status = 'published' AND o.confirmed_at IS DISTINCT FROM n.confirmed_at
  ) THEN
    UPDATE directory_state SET freshness_version = freshness_version + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS startups_update_bump_directory_version ON startups;--> statement-breakpoint
CREATE TRIGGER startups_update_bump_directory_version
  AFTER UPDATE ON startups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version_on_update();
