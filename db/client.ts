// The ONE database client. postgres.js when DATABASE_URL is set, embedded PGlite otherwise.
// Both speak to the same drizzle schema and the same migrations.
import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import * as schema from "./schema";
import { acquireDataDirLock } from "./lock";
import { migrateDatabase } from "./migrate";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  driver: "postgres" | "pglite";
  /** True when the embedded data directory was created by this open (a brand-new database). */
  created: boolean;
  close: () => Promise<void>;
};

export const DEFAULT_DATA_DIR = ".data/pglite";

// Session settings applied to every connection on both drivers. The default word-similarity
// threshold (0.6) misses a name with one letter missing ("Neptnia" for "Neptunia": 0.55).
const SESSION_SETTINGS = { "pg_trgm.word_similarity_threshold": "0.5" } as const;

export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DATA_DIR || DEFAULT_DATA_DIR);
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: options.max ?? Number(process.env.DATABASE_POOL_SIZE || 10),
    onnotice: () => {},
    connection: SESSION_SETTINGS,
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, driver: "postgres", created: false, close: () => client.end({ timeout: 5 }) };
}

/**
 * Opens PGlite on `dataDir` (under the directory lock), or in memory from a dump when
 * `loadDataDir` is given (tests).
 */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle } = await import("drizzle-orm/pglite");

  let release = () => {};
  let created = false;
  if (options.dataDir) {
    release = acquireDataDirLock(options.dataDir);
    created = !fs.existsSync(path.join(options.dataDir, "PG_VERSION"));
  }
  try {
    const client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm, unaccent },
    });
    for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
      await client.query("select set_config($1, $2, false)", [name, value]);
    }
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      driver: "pglite",
      created,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the configured database and brings its schema up to date. */
export async function openConfiguredDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const database = url ? await openPostgres(url) : await openPglite({ dataDir: embeddedDataDir() });
  await migrateDatabase(database, url);
  if (database.created) {
    // A newcomer's first start: fill the brand-new embedded database with demo data.
    const { seedDemo } = await import("./seed");
    await seedDemo(database.db, { log: (line) => console.log(`[seed] ${line}`) });
  }
  return database;
}

// One instance per process, kept on globalThis so that hot reload in development reuses it.
const globalForDb = globalThis as unknown as { nftDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  if (!globalForDb.nftDatabase) {
    globalForDb.nftDatabase = openConfiguredDatabase().catch((error) => {
      globalForDb.nftDatabase = undefined;
      throw error;
    });
  }
  return globalForDb.nftDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** `db.execute()` returns `{ rows }` on PGlite and an array on postgres.js: normalise it here. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
