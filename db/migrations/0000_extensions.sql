-- Extensions and helpers that the schema's generated column and indexes rely on.
-- On PGlite the extensions are loaded by the client (db/client.ts); CREATE EXTENSION then enables them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE; a generated column and an index need an IMMUTABLE function.
-- Naming the dictionary explicitly makes this wrapper safe to declare immutable.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
