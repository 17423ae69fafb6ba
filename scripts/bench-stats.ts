// npm run bench:stats: times the statistics page's queries (without the per-version cache) on
// the configured database, or on BENCH_DATABASE_URL: first the first request after a moderation
// decision (a published startup's hiring flag flipped, as an approval would change it), then the
// median and worst of several runs per scope.
import { sql } from "drizzle-orm";
import { openConfiguredDatabase, openPostgres, type Db } from "@/db/client";
import { computeStats } from "@/lib/stats/compute";

const url = process.env.BENCH_DATABASE_URL;
const database = url ? await openPostgres(url) : await openConfiguredDatabase();
const RUNS = 15;

/** The writer's cost (the counters change in its transaction) and the next reader's. */
async function firstRequestAfterChange(db: Db): Promise<{ writeMs: number; readMs: number }> {
  const writeStarted = performance.now();
  await db.execute(sql`update startups set hiring = not hiring
    where id = (select id from startups where status = 'published' order by published_at desc limit 1)`);
  const readStarted = performance.now();
  await computeStats(db, null);
  return { writeMs: readStarted - writeStarted, readMs: performance.now() - readStarted };
}

// Warm the process first (the territory data loads on first use), so only the database is timed.
await computeStats(database.db, null);
for (let i = 0; i < 3; i++) {
  const { writeMs, readMs } = await firstRequestAfterChange(database.db);
  console.log(`after a change: the write ${writeMs.toFixed(1)} ms, the first statistics read ${readMs.toFixed(1)} ms`);
}
for (const scope of [null, "caen", "le-havre", "rouen"] as const) {
  const times: number[] = [];
  let startups = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    startups = (await computeStats(database.db, scope)).totals.startups;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${(scope ?? "all").padEnd(9)} ${String(startups).padStart(7)} startups  median ${times[RUNS >> 1]!.toFixed(1)} ms  max ${times[RUNS - 1]!.toFixed(1)} ms`);
}
await database.close();
