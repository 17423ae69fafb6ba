// The directory_stats counters (migration 0008) are changed by every write to startups, in the
// writer's statement. Whatever the writes, they must equal a count made from scratch.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Database, type Db } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, profile } from "@/tests/support/fixtures";

type Counter = { dimension: string; metropolis: string; key: string; startups: number; jobs: number; funds: number };

async function counters(db: Db): Promise<Counter[]> {
  return (
    await queryRows<Counter>(
      db,
      sql`select dimension, metropolis, key, startups, jobs::int as jobs, funds::bigint::text as funds
          from directory_stats where startups <> 0 order by dimension, metropolis, key`,
    )
  ).map((row) => ({ ...row, funds: Number(row.funds) }));
}

async function fromScratch(db: Db): Promise<Counter[]> {
  return (
    await queryRows<Counter>(
      db,
      sql`select f.dimension, f.metropolis, f.key, sum(f.startups)::int as startups, sum(f.jobs)::int as jobs, sum(f.funds)::text as funds
          from startups s, lateral directory_stats_facts(1, s.metropolis, s.commune_code, s.stage, s.founded_year,
            s.team_size, s.hiring, s.funds_raised_eur, s.published_at, s.sector_ids, s.confirmed_at) f
          where s.status = 'published'
          group by f.dimension, f.metropolis, f.key order by f.dimension, f.metropolis, f.key`,
    )
  ).map((row) => ({ ...row, funds: Number(row.funds) }));
}

describe.each(enginesUnderTest())("statistics counters on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("stay equal to a count from scratch through inserts, edits, unpublications and deletions", async () => {
    const db = database.db;
    await insertStartup(db, profile({ name: "Compteur Un", communeCode: "14118", sectors: ["ia-data", "edtech"], teamSize: 3, fundsRaisedEur: 100_000, hiring: true }));
    await insertStartup(db, profile({ name: "Compteur Deux", communeCode: "76351", sectors: ["logistique-maritime"], teamSize: 60, stage: "growth" }));
    await insertStartup(db, profile({ name: "Compteur Brouillon", communeCode: "76540", teamSize: 1000 }), "draft");
    expect(await counters(db)).toEqual(await fromScratch(db));
    expect((await counters(db)).filter((row) => row.dimension === "hiring").reduce((sum, row) => sum + row.startups, 0)).toBe(2);

    // One statement changing several rows, several figures at once.
    await db.execute(sql`update startups set team_size = team_size + 1, hiring = not hiring, sector_ids = '{1}' where name like 'Compteur%'`);
    expect(await counters(db)).toEqual(await fromScratch(db));
    await db.execute(sql`update startups set status = 'unpublished' where name = 'Compteur Un'`);
    await db.execute(sql`update startups set status = 'published', published_at = now() where name = 'Compteur Brouillon'`);
    expect(await counters(db)).toEqual(await fromScratch(db));
    // An edit that changes nothing the statistics show leaves the counters as they are.
    await db.execute(sql`update startups set tagline = 'Autre accroche' where name = 'Compteur Deux'`);
    expect(await counters(db)).toEqual(await fromScratch(db));
    // A confirmation moves the profile to another day of the 'confirmed_day' counters (migration 0012).
    await db.execute(sql`update startups set confirmed_at = '2024-02-29T23:30:00Z' where name = 'Compteur Deux'`);
    expect(await counters(db)).toEqual(await fromScratch(db));
    expect((await counters(db)).find((row) => row.dimension === "confirmed_day" && row.key === "2024-02-29")?.startups).toBe(1);
    await db.execute(sql`delete from startup_sectors where startup_id in (select id from startups where name like 'Compteur%')`);
    await db.execute(sql`delete from startup_revisions where startup_id in (select id from startups where name like 'Compteur%')`);
    await db.execute(sql`delete from startups where name = 'Compteur Deux'`);
    expect(await counters(db)).toEqual(await fromScratch(db));
  });
});
