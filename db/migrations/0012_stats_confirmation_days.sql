-- The statistics page's "confirmed in the last 12 months" share was counted over every published
-- row on each render (a scan of the wide table: 250-350 ms at 100,000 startups, most of the
-- page's first request after a change). Confirmations become one more dimension of the
-- writer-kept counters of 0008: 'confirmed_day', keyed by the UTC day of confirmed_at. The share's
-- window starts at 00:00 UTC (lib/freshness/policy: freshnessReference, addMonths), so the days
-- on or after its first day are exactly the rows confirmed since then.
DROP FUNCTION directory_stats_facts(integer, metropolis, text, startup_stage, smallint, integer, boolean, bigint, timestamptz, smallint[]);--> statement-breakpoint
CREATE FUNCTION directory_stats_facts(
  sign integer, metropolis metropolis, commune_code text, stage startup_stage, founded_year smallint,
  team_size integer, hiring boolean, funds bigint, published_at timestamptz, sector_ids smallint[],
  confirmed_at timestamptz
) RETURNS TABLE (dimension text, metropolis text, key text, startups integer, jobs bigint, funds bigint)
LANGUAGE sql STABLE AS $$
  SELECT fact.dimension, $2::text, fact.key, $1, $1 * coalesce($6, 0)::bigint, $1 * coalesce($8, 0)
  FROM (
    VALUES ('commune', $3), ('stage', $4::text), ('year', $5::text), ('team_size', $6::text), ('hiring', $7::text),
      ('month', to_char(date_trunc('month', $9 AT TIME ZONE 'Europe/Paris'), 'YYYY-MM')),
      ('confirmed_day', to_char($11 AT TIME ZONE 'UTC', 'YYYY-MM-DD'))
    UNION ALL
    SELECT 'sector', sector_id::text FROM unnest($10) AS sector_id
  ) AS fact (dimension, key)
  WHERE fact.key IS NOT NULL
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION directory_stats_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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
        c.founded_year, c.team_size, c.hiring, c.funds_raised_eur, c.published_at, c.sector_ids,
        c.confirmed_at) f
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
INSERT INTO directory_stats (dimension, metropolis, key, startups, jobs, funds)
  SELECT 'confirmed_day', s.metropolis::text, to_char(s.confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
    count(*), sum(coalesce(s.team_size, 0)), sum(coalesce(s.funds_raised_eur, 0))
  FROM startups s
  WHERE s.status = 'published' AND s.confirmed_at IS NOT NULL
  GROUP BY 2, 3;
