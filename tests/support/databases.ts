// Test databases: always a fresh, migrated PGlite; also a fresh PostgreSQL database when
// TEST_DATABASE_URL or DATABASE_URL is set. Each test file gets its own, so files run in parallel.
// TEST_ENGINES=postgres (or pglite) narrows the engines: .ci/run's PostgreSQL leg sets it, since
// its PGlite leg has just run every test on PGlite.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export type EngineName = "pglite" | "postgres";

export function enginesUnderTest(): EngineName[] {
  const available: EngineName[] = postgresServerUrl() ? ["pglite", "postgres"] : ["pglite"];
  const wanted = process.env.TEST_ENGINES?.split(",").map((name) => name.trim()).filter(Boolean);
  if (!wanted?.length) return available;
  for (const name of wanted) {
    // A typo or a missing server must fail loudly, not quietly test nothing.
    if (!available.includes(name as EngineName)) {
      throw new Error(`TEST_ENGINES names "${name}": expected ${available.join(" or ")}${name === "postgres" ? " (set DATABASE_URL or TEST_DATABASE_URL)" : ""}`);
    }
  }
  return available.filter((name) => wanted.includes(name));
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
