// Backups of the embedded database. A backup is PGlite's own dump of its data directory (a
// gzipped tarball), taken by the process that holds the database: PGlite runs one query at a
// time, so the dump sits between two statements and is consistent. No second process ever
// opens the data directory: `npm run db:backup` asks the running server with a signal (SIGUSR2,
// plus a request file beside the lock), or, when no server runs, takes the lock itself.
// On PostgreSQL use pg_dump and pg_restore (README, "Exploitation").
import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import { log, logSecurityEvent } from "@/lib/log";

export const BACKUP_REQUEST_FILE = "nft-backup-request.json";
const LAST_BACKUP_FILE = "nft-last-backup.json";

export type BackupRequest = { id: string; out: string };
export type BackupResult = { id: string; ok: boolean; file?: string; bytes?: number; error?: string; at: string };

type DumpableClient = { dumpDataDir: (compression: "gzip") => Promise<Blob> };

export function backupFileName(now = new Date()): string {
  return `nft-backup-${now.toISOString().replace(/[:.]/g, "-")}.tar.gz`;
}

/** Dumps the open embedded database to `file` (written then renamed: never half a backup). */
export async function writeBackup(database: Database, dataDir: string, file: string): Promise<{ file: string; bytes: number }> {
  if (database.driver !== "pglite") throw new Error("db:backup is for the embedded database; on PostgreSQL use pg_dump.");
  const client = (database.db as unknown as { $client: DumpableClient }).$client;
  const dump = await client.dumpDataDir("gzip");
  const bytes = Buffer.from(await dump.arrayBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, bytes);
  fs.renameSync(`${file}.tmp`, file);
  const at = new Date().toISOString();
  fs.writeFileSync(path.join(dataDir, LAST_BACKUP_FILE), JSON.stringify({ at, file: path.basename(file), bytes: bytes.length }));
  logSecurityEvent("backup_created", { file: path.basename(file), bytes: bytes.length });
  return { file, bytes: bytes.length };
}

/** When the last backup of this data directory was written, or null if never. */
export function lastBackupAt(dataDir: string): Date | null {
  try {
    const { at } = JSON.parse(fs.readFileSync(path.join(dataDir, LAST_BACKUP_FILE), "utf8")) as { at: string };
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? null : date;
  } catch {
    return null;
  }
}

export function resultFile(dataDir: string, id: string): string {
  return path.join(dataDir, `nft-backup-result-${id.replace(/[^a-z0-9-]/gi, "")}.json`);
}

/**
 * In the server: on SIGUSR2, read the request left beside the lock, write the backup and a result
 * file for the waiting command. Only processes of the same user can send the signal.
 */
export function listenForBackupRequests(getDatabase: () => Promise<Database>, dataDir: string): void {
  process.on("SIGUSR2", () => {
    void (async () => {
      let request: BackupRequest;
      try {
        request = JSON.parse(fs.readFileSync(path.join(dataDir, BACKUP_REQUEST_FILE), "utf8")) as BackupRequest;
        fs.rmSync(path.join(dataDir, BACKUP_REQUEST_FILE), { force: true });
      } catch {
        log().warn("backup: SIGUSR2 without a request file, ignored");
        return;
      }
      let result: BackupResult;
      try {
        const written = await writeBackup(await getDatabase(), dataDir, path.resolve(request.out));
        result = { id: request.id, ok: true, file: written.file, bytes: written.bytes, at: new Date().toISOString() };
      } catch (error) {
        log().error({ err: error }, "backup: failed");
        result = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error), at: new Date().toISOString() };
      }
      const target = resultFile(dataDir, request.id);
      fs.writeFileSync(`${target}.tmp`, JSON.stringify(result));
      fs.renameSync(`${target}.tmp`, target);
    })();
  });
}
