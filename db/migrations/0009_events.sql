CREATE TYPE "public"."event_revision_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('meetup', 'conference', 'workshop', 'hackathon', 'fair', 'demo_day', 'other');--> statement-breakpoint
CREATE TABLE "event_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid,
	"status" "event_revision_status" DEFAULT 'pending' NOT NULL,
	"data" jsonb NOT NULL,
	"author_id" uuid,
	"reviewer_id" uuid,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" varchar(100) NOT NULL,
	"title" varchar(120) NOT NULL,
	"type" "event_type" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"commune_code" varchar(5),
	"metropolis" "metropolis",
	"address" varchar(200),
	"online_url" varchar(300),
	"description" text NOT NULL,
	"organiser" varchar(120) NOT NULL,
	"organiser_startup_id" uuid,
	"link" varchar(300),
	"free" boolean NOT NULL,
	"proposer_id" uuid,
	"current_revision_id" uuid,
	"cancelled_at" timestamp with time zone,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_end_after_start" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_place" CHECK (("events"."commune_code" is not null and "events"."metropolis" is not null) <> ("events"."online_url" is not null))
);
--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organiser_startup_id_startups_id_fk" FOREIGN KEY ("organiser_startup_id") REFERENCES "public"."startups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_revisions_one_pending_idx" ON "event_revisions" USING btree ("event_id") WHERE "event_revisions"."status" = 'pending' and "event_revisions"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "event_revisions_status_idx" ON "event_revisions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "event_revisions_author_idx" ON "event_revisions" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "events_metropolis_idx" ON "events" USING btree ("metropolis","starts_at");--> statement-breakpoint
-- The public agenda is public data: its writes move the version every page cache keys on (0003).
-- Per row, not per statement: deleting a draft startup runs the foreign key's "SET NULL" on events
-- as a statement that touches no row, and that must not flush the public cache.
CREATE TRIGGER events_bump_directory_version
  AFTER INSERT OR UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION bump_directory_version();--> statement-breakpoint
CREATE TRIGGER events_truncate_bump_directory_version
  AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
