// Applies the committed drizzle-kit migrations from our own code, on both drivers.
import path from "node:path";
import type { Database } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db/migrations");

// Any constant shared by every instance of the app; it names our migration lock.
const MIGRATION_LOCK_KEY = 7_401_536_215;

export async function migrateDatabase(database: Database, postgresUrl?: string): Promise<void> {
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
