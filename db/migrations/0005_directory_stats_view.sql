-- Pre-aggregated figures of published startups for the statistics page and API. Small (one row
-- per metropolis and value of each breakdown), so every statistics query reads a few hundred rows
-- instead of scanning every startup. Team sizes and dates stay at full precision here; bands and
-- months are derived in lib/stats, so this view never duplicates those definitions.
-- Refreshed on demand by lib/stats/materialized.ts whenever directory_state.version moved on.
CREATE MATERIALIZED VIEW directory_stats AS
  SELECT
    CASE
      WHEN grouping(commune_code) = 0 THEN 'commune'
      WHEN grouping(stage) = 0 THEN 'stage'
      WHEN grouping(founded_year) = 0 THEN 'year'
      WHEN grouping(team_size) = 0 THEN 'team_size'
      WHEN grouping(hiring) = 0 THEN 'hiring'
      ELSE 'month'
    END AS dimension,
    metropolis::text AS metropolis,
    coalesce(commune_code, stage::text, founded_year::text, team_size::text, hiring::text, month) AS key,
    count(*)::int AS startups,
    coalesce(sum(team_size), 0)::bigint AS jobs,
    coalesce(sum(funds_raised_eur), 0)::bigint AS funds
  FROM (
    SELECT metropolis, commune_code, stage, founded_year, team_size, hiring, funds_raised_eur,
      to_char(date_trunc('month', published_at AT TIME ZONE 'Europe/Paris'), 'YYYY-MM') AS month
    FROM startups WHERE status = 'published'
  ) published
  GROUP BY GROUPING SETS (
    (metropolis, commune_code), (metropolis, stage), (metropolis, founded_year),
    (metropolis, team_size), (metropolis, hiring), (metropolis, month)
  )
  UNION ALL
  SELECT 'sector', metropolis::text, sector_id::text, count(*)::int, coalesce(sum(team_size), 0)::bigint, coalesce(sum(funds_raised_eur), 0)::bigint
  FROM startups, unnest(sector_ids) AS sector_id
  WHERE status = 'published'
  GROUP BY metropolis, sector_id;--> statement-breakpoint
CREATE TABLE directory_stats_state (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  -- The directory_state.version the view was last refreshed at.
  version bigint NOT NULL DEFAULT -1,
  refreshed_at timestamptz
);--> statement-breakpoint
INSERT INTO directory_stats_state (id, version) VALUES (1, -1);
