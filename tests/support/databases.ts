// Test databases: always a fresh, migrated PGlite; also a fresh PostgreSQL database when
// TEST_DATABASE_URL or DATABASE_URL is set. Each test file gets its own, so files run in parallel.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export type EngineName = "pglite" | "postgres";

export function enginesUnderTest(): EngineName[] {
  return postgresServerUrl() ? ["pglite", "postgres"] : ["pglite"];
}

function postgresServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** On PostgreSQL, `url` names the test database, for a test that needs a second, separate client. */
export type TestDatabase = Database & { url?: string };

export async function openTestDatabase(engine: EngineName): Promise<TestDatabase> {
  if (engine === "pglite") {
    const dump = fs.readFileSync(inject("pgliteDumpPath"));
    return openPglite({ loadDataDir: new Blob([dump]) });
  }
  const serverUrl = postgresServerUrl()!;
  const name = `nft_test_${randomBytes(6).toString("hex")}`;
  const admin = await openPostgres(serverUrl, { max: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 4 });
  await migrateDatabase(database, url.toString());
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const cleanup = await openPostgres(serverUrl, { max: 1 });
      await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await cleanup.close();
    },
  };
}
