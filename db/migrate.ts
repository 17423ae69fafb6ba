// Applies the committed drizzle-kit migrations from our own code, on both drivers.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { log } from "@/lib/log";
import { queryRows, type Database, type Executor } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db/migrations");

// Any constant shared by every instance of the app; it names our migration lock.
const MIGRATION_LOCK_KEY = 7_401_536_215;

/** How many migrations this build ships (db/migrations/meta/_journal.json). */
export function knownMigrationCount(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/** How many migrations the database has applied (0 on a brand-new database). */
export async function appliedMigrationCount(db: Executor): Promise<number> {
  const [exists] = await queryRows<{ present: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists?.present) return 0;
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  return row?.count ?? 0;
}

export async function migrateDatabase(database: Database, postgresUrl?: string): Promise<void> {
  const startedAt = Date.now();
  const before = await appliedMigrationCount(database.db);
  await applyMigrations(database, postgresUrl);
  const after = await appliedMigrationCount(database.db);
  log().info({ driver: database.driver, applied: after - before, total: after, ms: Date.now() - startedAt }, "database: migrations up to date");
}

async function applyMigrations(database: Database, postgresUrl?: string): Promise<void> {
  if (database.driver === "pglite") {
    // The data-directory lock already guarantees a single process here.
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  if (!postgresUrl) throw new Error("migrateDatabase: the PostgreSQL URL is required.");
  // An advisory lock is held by a session, so lock and migrate over one dedicated connection:
  // instances starting at once wait for each other instead of racing on the same DDL.
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
