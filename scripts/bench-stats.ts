// npm run bench:stats — times the statistics page's queries (without the per-version cache) on
// the configured database, or on BENCH_DATABASE_URL, and the materialized view's refresh.
// Prints the median and worst of several runs per scope.
import { sql } from "drizzle-orm";
import { openConfiguredDatabase, openPostgres } from "@/db/client";
import { computeStats } from "@/lib/stats/compute";
import { ensureStatsFresh } from "@/lib/stats/materialized";

const url = process.env.BENCH_DATABASE_URL;
const database = url ? await openPostgres(url) : await openConfiguredDatabase();
const RUNS = 15;
// Once after each change to the directory, the first reader refreshes the materialized view.
await database.db.execute(sql`update directory_state set version = version + 1 where id = 1`);
const refreshStarted = performance.now();
await ensureStatsFresh(database.db);
console.log(`materialized view refresh (once per change): ${(performance.now() - refreshStarted).toFixed(1)} ms`);
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
