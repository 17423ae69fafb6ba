-- The statistics' pre-aggregated figures become counters kept up to date by the writer: every
-- statement that publishes, edits or unpublishes startups changes them in its own transaction
-- (statement-level triggers over the transition tables, one upsert per statement). Readers never
-- refresh anything, and the figures are exact and consistent with the directory at once.
-- Same rows and meaning as the materialized view of 0005: one per metropolis and value of each
-- breakdown; team sizes and dates at full precision (bands and months' order derived in lib/stats).
DROP MATERIALIZED VIEW directory_stats;--> statement-breakpoint
DROP TABLE directory_stats_state;--> statement-breakpoint
CREATE TABLE directory_stats (
  dimension text NOT NULL,
  metropolis text NOT NULL,
  key text NOT NULL,
  startups integer NOT NULL,
  jobs bigint NOT NULL,
  funds bigint NOT NULL,
  PRIMARY KEY (dimension, metropolis, key)
);--> statement-breakpoint
-- The counter rows one published startup contributes to, each with `sign` startups (1 to add it,
-- -1 to take it away). Null values have no row, as in the view.
CREATE FUNCTION directory_stats_facts(
  sign integer, metropolis metropolis, commune_code text, stage startup_stage, founded_year smallint,
  team_size integer, hiring boolean, funds bigint, published_at timestamptz, sector_ids smallint[]
) RETURNS TABLE (dimension text, metropolis text, key text, startups integer, jobs bigint, funds bigint)
LANGUAGE sql STABLE AS $$
  SELECT fact.dimension, $2::text, fact.key, $1, $1 * coalesce($6, 0)::bigint, $1 * coalesce($8, 0)
  FROM (
    VALUES ('commune', $3), ('stage', $4::text), ('year', $5::text), ('team_size', $6::text), ('hiring', $7::text),
      ('month', to_char(date_trunc('month', $9 AT TIME ZONE 'Europe/Paris'), 'YYYY-MM'))
    UNION ALL
    SELECT 'sector', sector_id::text FROM unnest($10) AS sector_id
  ) AS fact (dimension, key)
  WHERE fact.key IS NOT NULL
$$;--> statement-breakpoint
INSERT INTO directory_stats (dimension, metropolis, key, startups, jobs, funds)
  SELECT f.dimension, f.metropolis, f.key, sum(f.startups), sum(f.jobs), sum(f.funds)
  FROM startups s, LATERAL directory_stats_facts(1, s.metropolis, s.commune_code, s.stage, s.founded_year,
    s.team_size, s.hiring, s.funds_raised_eur, s.published_at, s.sector_ids) f
  WHERE s.status = 'published'
  GROUP BY f.dimension, f.metropolis, f.key;--> statement-breakpoint
-- One function for the three triggers: each passes the transition tables it has. The deltas of
-- the whole statement are summed first, then applied in key order, so that two writers lock the
-- counter rows in the same order (no deadlock) and a bulk insert costs one upsert.
CREATE FUNCTION directory_stats_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM directory_stats WHERE true;
    RETURN NULL;
  END IF;
  -- Rows entering the published set count +1, rows leaving it -1; an edit is both, and cancels
  -- out where nothing the statistics show has changed.
  changes := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows'
  END;
  EXECUTE format($sql$
    INSERT INTO directory_stats AS counter (dimension, metropolis, key, startups, jobs, funds)
      SELECT f.dimension, f.metropolis, f.key, sum(f.startups), sum(f.jobs), sum(f.funds)
      FROM (%s) c, LATERAL directory_stats_facts(c.sign, c.metropolis, c.commune_code, c.stage,
        c.founded_year, c.team_size, c.hiring, c.funds_raised_eur, c.published_at, c.sector_ids) f
      WHERE c.status = 'published'
      GROUP BY f.dimension, f.metropolis, f.key
      HAVING sum(f.startups) <> 0 OR sum(f.jobs) <> 0 OR sum(f.funds) <> 0
      ORDER BY f.dimension, f.metropolis, f.key
    ON CONFLICT (dimension, metropolis, key) DO UPDATE SET
      startups = counter.startups + excluded.startups,
      jobs = counter.jobs + excluded.jobs,
      funds = counter.funds + excluded.funds
  $sql$, changes);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER startups_stats_insert AFTER INSERT ON startups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_stats_apply();--> statement-breakpoint
CREATE TRIGGER startups_stats_update AFTER UPDATE ON startups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_stats_apply();--> statement-breakpoint
CREATE TRIGGER startups_stats_delete AFTER DELETE ON startups
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_stats_apply();--> statement-breakpoint
CREATE TRIGGER startups_stats_truncate AFTER TRUNCATE ON startups
  FOR EACH STATEMENT EXECUTE FUNCTION directory_stats_apply();
