// The ONE database client. postgres.js when DATABASE_URL is set, embedded PGlite otherwise.
// Both speak to the same drizzle schema and the same migrations.
import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import * as schema from "./schema";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { acquireDataDirLock } from "./lock";
import { migrateDatabase } from "./migrate";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  driver: "postgres" | "pglite";
  /**
   * True while first-time initialization (initdb, migrations, demo data) has not finished: a
   * brand-new embedded database, or one whose first start was killed. The start-up path finishes
   * it, then calls markInitialized().
   */
  initPending: boolean;
  markInitialized: () => void;
  close: () => Promise<void>;
};

// Written before initdb, removed once initialization has finished: its presence at open means
// the first start did not complete (Ctrl-C during the first `npm run dev`). Kept inside the data
// directory, so that deleting the directory (the README's "start again") deletes it too.
const INIT_PENDING_FILE = "nft-init-pending";
const LOCK_FILE = "nft.lock";

export const DEFAULT_DATA_DIR = ".data/pglite";

// Session settings applied to every connection on both drivers. The default word-similarity
// threshold (0.6) misses a name with one letter missing ("Neptnia" for "Neptunia": 0.55).
const SESSION_SETTINGS = { "pg_trgm.word_similarity_threshold": "0.5" } as const;

export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ config().PGLITE_DATA_DIR || DEFAULT_DATA_DIR);
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: options.max ?? config().DATABASE_POOL_SIZE,
    onnotice: () => {},
    // Fail fast while the server cannot be reached (a restart): the request gets the French "try
    // again" answer in seconds, and the pool is free to reconnect once the server is back.
    connect_timeout: 10,
    connection: SESSION_SETTINGS,
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, driver: "postgres", initPending: false, markInitialized: () => {}, close: () => client.end({ timeout: 5 }) };
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
  let initPending = false;
  const pendingFile = options.dataDir ? path.join(options.dataDir, INIT_PENDING_FILE) : "";
  if (options.dataDir) {
    release = acquireDataDirLock(options.dataDir);
    if (!fs.existsSync(path.join(options.dataDir, "PG_VERSION"))) fs.writeFileSync(pendingFile, new Date().toISOString());
    initPending = fs.existsSync(pendingFile);
  }
  const create = () =>
    PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir, extensions: { pg_trgm, unaccent } });
  try {
    let client: Awaited<ReturnType<typeof create>>;
    try {
      client = await create();
    } catch (error) {
      // A first start killed during initdb leaves a directory PGlite cannot open. It never held
      // data (initialization had not finished), so start it over.
      if (!initPending || !options.dataDir) throw error;
      log().warn({ dataDir: options.dataDir, err: error }, "database: unfinished first initialization, starting it over");
      clearDataDir(options.dataDir);
      fs.writeFileSync(pendingFile, new Date().toISOString());
      client = await create();
    }
    for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
      await client.query("select set_config($1, $2, false)", [name, value]);
    }
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      driver: "pglite",
      initPending,
      markInitialized: () => {
        if (pendingFile) fs.rmSync(pendingFile, { force: true });
      },
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

/** Empties a data directory, keeping our lock file (we hold it). */
function clearDataDir(dataDir: string): void {
  for (const entry of fs.readdirSync(dataDir)) {
    if (entry !== LOCK_FILE) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
}

/**
 * Opens the configured database and brings its schema up to date. Demo data is not this
 * module's business (db/init.ts, on the start-up path and in scripts, decides about it).
 */
export async function openConfiguredDatabase(): Promise<Database> {
  const url = config().DATABASE_URL;
  const database = url ? await openPostgres(url) : await openPglite({ dataDir: embeddedDataDir() });
  try {
    await migrateDatabase(database, url);
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
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

/** Closes this process's database, if it was opened (graceful shutdown). */
export async function closeDatabase(): Promise<void> {
  const pending = globalForDb.nftDatabase;
  if (!pending) return;
  globalForDb.nftDatabase = undefined;
  const database = await pending.catch(() => undefined);
  await database?.close();
}
