-- Every write to the public data bumps directory_state.version, in the writer's transaction.
-- Statement-level, so a bulk insert of 500 startups costs one bump, not 500.
INSERT INTO directory_state (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE directory_state SET version = version + 1, changed_at = now() WHERE id = 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER startups_bump_directory_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON startups
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();--> statement-breakpoint
CREATE TRIGGER sectors_bump_directory_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sectors
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
