-- directory_state.version moves only when public data changes, so that no member can flush the
-- page cache (and rebuild the statistics) by saving drafts. A statement on startups bumps it when
-- a row it touched was published before or after the statement. Sectors are written by admins
-- only and every sector shows in the directory's filters, so they keep bumping on every write.
DROP TRIGGER IF EXISTS startups_bump_directory_version ON startups;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_directory_version_if_published_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows WHERE status = 'published') THEN
    UPDATE directory_state SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_directory_version_if_published_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows WHERE status = 'published') THEN
    UPDATE directory_state SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_directory_version_if_published_either() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows WHERE status = 'published') OR EXISTS (SELECT 1 FROM new_rows WHERE status = 'published') THEN
    UPDATE directory_state SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER startups_insert_bump_directory_version
  AFTER INSERT ON startups REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version_if_published_new();--> statement-breakpoint
CREATE TRIGGER startups_update_bump_directory_version
  AFTER UPDATE ON startups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version_if_published_either();--> statement-breakpoint
CREATE TRIGGER startups_delete_bump_directory_version
  AFTER DELETE ON startups REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version_if_published_old();--> statement-breakpoint
CREATE TRIGGER startups_truncate_bump_directory_version
  AFTER TRUNCATE ON startups
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
