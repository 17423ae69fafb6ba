// Bulk writers (the generated seed, the CSV import) refresh the planner's statistics themselves.
// Otherwise the planner keeps the row counts it saw before the load (204 published rows instead of
// 100,000) and plans every search as if the table were tiny, evaluating the text match on every
// row. PGlite has no autovacuum at all, and on PostgreSQL it may run minutes later.
import { sql } from "drizzle-orm";
import type { Db } from "./client";

export async function analyzeDirectory(db: Db): Promise<void> {
  await db.execute(sql`analyze startups, startup_sectors, startup_revisions`);
}
