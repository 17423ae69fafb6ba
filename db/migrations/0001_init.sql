CREATE TYPE "public"."member_role" AS ENUM('owner', 'editor');--> statement-breakpoint
CREATE TYPE "public"."metropolis" AS ENUM('caen', 'le-havre', 'rouen');--> statement-breakpoint
CREATE TYPE "public"."revision_status" AS ENUM('draft', 'pending', 'approved', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."startup_stage" AS ENUM('idea', 'prototype', 'seed', 'series_a', 'growth', 'mature');--> statement-breakpoint
CREATE TYPE "public"."startup_status" AS ENUM('draft', 'published', 'unpublished');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('member', 'moderator', 'admin');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" varchar(60) NOT NULL,
	"target_type" varchar(30) NOT NULL,
	"target_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"to_address" varchar(254) NOT NULL,
	"subject" varchar(200) NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"id" smallint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sectors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 START WITH 1 CACHE 1),
	"slug" varchar(60) NOT NULL,
	"name_fr" varchar(80) NOT NULL,
	"name_en" varchar(80) NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "startup_members" (
	"startup_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "member_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "startup_members_startup_id_user_id_pk" PRIMARY KEY("startup_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "startup_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"startup_id" uuid NOT NULL,
	"status" "revision_status" DEFAULT 'draft' NOT NULL,
	"data" jsonb NOT NULL,
	"logo" "bytea",
	"author_id" uuid,
	"reviewer_id" uuid,
	"review_note" text,
	"base_revision_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "startup_sectors" (
	"startup_id" uuid NOT NULL,
	"sector_id" smallint NOT NULL,
	CONSTRAINT "startup_sectors_startup_id_sector_id_pk" PRIMARY KEY("startup_id","sector_id")
);
--> statement-breakpoint
CREATE TABLE "startups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" varchar(80) NOT NULL,
	"status" "startup_status" DEFAULT 'draft' NOT NULL,
	"name" varchar(80) NOT NULL,
	"tagline" varchar(160) DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" varchar(300),
	"linkedin_url" varchar(300),
	"twitter_url" varchar(300),
	"commune_code" varchar(5),
	"metropolis" "metropolis",
	"founded_year" smallint,
	"team_size" integer,
	"funds_raised_eur" bigint,
	"stage" "startup_stage",
	"hiring" boolean DEFAULT false NOT NULL,
	"siren" varchar(9),
	"logo" "bytea",
	"logo_updated_at" timestamp with time zone,
	"sector_text" text DEFAULT '' NOT NULL,
	"sector_ids" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"current_revision_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french', f_unaccent(coalesce(name, ''))), 'A')
        || setweight(to_tsvector('french', f_unaccent(coalesce(tagline, ''))), 'B')
        || setweight(to_tsvector('french', f_unaccent(coalesce(sector_text, '') || ' ' || coalesce(description, ''))), 'C')) STORED,
	CONSTRAINT "startups_founded_year_range" CHECK ("startups"."founded_year" between 1900 and 2100),
	CONSTRAINT "startups_team_size_range" CHECK ("startups"."team_size" between 1 and 100000),
	CONSTRAINT "startups_funds_range" CHECK ("startups"."funds_raised_eur" >= 0),
	CONSTRAINT "startups_siren_format" CHECK ("startups"."siren" ~ '^[0-9]{9}$'),
	CONSTRAINT "startups_published_complete" CHECK ("startups"."status" <> 'published' or ("startups"."commune_code" is not null and "startups"."metropolis" is not null and "startups"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(254) NOT NULL,
	"name" varchar(120),
	"password_hash" text,
	"role" "user_role" DEFAULT 'member' NOT NULL,
	"email_verified_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_members" ADD CONSTRAINT "startup_members_startup_id_startups_id_fk" FOREIGN KEY ("startup_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_members" ADD CONSTRAINT "startup_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_revisions" ADD CONSTRAINT "startup_revisions_startup_id_startups_id_fk" FOREIGN KEY ("startup_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_revisions" ADD CONSTRAINT "startup_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_revisions" ADD CONSTRAINT "startup_revisions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_sectors" ADD CONSTRAINT "startup_sectors_startup_id_startups_id_fk" FOREIGN KEY ("startup_id") REFERENCES "public"."startups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "startup_sectors" ADD CONSTRAINT "startup_sectors_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("next_attempt_at") WHERE "email_outbox"."sent_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "sectors_slug_idx" ON "sectors" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "startup_members_user_idx" ON "startup_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "startup_revisions_one_open_idx" ON "startup_revisions" USING btree ("startup_id") WHERE "startup_revisions"."status" in ('draft', 'pending');--> statement-breakpoint
CREATE INDEX "startup_revisions_pending_idx" ON "startup_revisions" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "startup_revisions_startup_idx" ON "startup_revisions" USING btree ("startup_id","created_at");--> statement-breakpoint
CREATE INDEX "startup_sectors_sector_idx" ON "startup_sectors" USING btree ("sector_id");--> statement-breakpoint
CREATE UNIQUE INDEX "startups_slug_idx" ON "startups" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "startups_siren_idx" ON "startups" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "startups_search_idx" ON "startups" USING gin ("search");--> statement-breakpoint
CREATE INDEX "startups_name_trgm_idx" ON "startups" USING gin (f_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "startups_sector_ids_idx" ON "startups" USING gin ("sector_ids");--> statement-breakpoint
CREATE INDEX "startups_published_idx" ON "startups" USING btree ("status","metropolis");--> statement-breakpoint
CREATE INDEX "startups_published_at_idx" ON "startups" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));