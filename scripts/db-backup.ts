// npm run db:backup [-- --out FILE]
// A consistent backup of the embedded database, whether the app runs or not, without a second
// process ever opening the data directory: a running server (the lock's holder) is asked with
// SIGUSR2 and writes the backup itself; with no server, this command takes the lock and dumps.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { embeddedDataDir, openConfiguredDatabase } from "@/db/client";
import { backupDir, config } from "@/lib/config";
import { BACKUP_REQUEST_FILE, backupFileName, resultFile, writeBackup, type BackupResult } from "@/lib/ops/backup";

const { values } = parseArgs({ options: { out: { type: "string" }, timeout: { type: "string", default: "120" } } });

function liveHolder(dataDir: string): number | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, "nft.lock"), "utf8")) as { pid: number; hostname: string };
    if (owner.hostname !== os.hostname()) return null;
    process.kill(owner.pid, 0);
    return owner.pid;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (config().DATABASE_URL) throw new Error("DATABASE_URL est défini : sauvegardez PostgreSQL avec pg_dump (voir le README, « Exploitation »).");
  const dataDir = embeddedDataDir();
  const out = path.resolve(values.out ?? path.join(backupDir(), backupFileName()));
  const pid = liveHolder(dataDir);
  if (pid) {
    const id = randomUUID();
    fs.writeFileSync(path.join(dataDir, BACKUP_REQUEST_FILE), JSON.stringify({ id, out }));
    process.kill(pid, "SIGUSR2");
    const deadline = Date.now() + Number(values.timeout) * 1000;
    const file = resultFile(dataDir, id);
    while (!fs.existsSync(file)) {
      if (Date.now() > deadline) throw new Error(`Le serveur (pid ${pid}) n'a pas répondu à la demande de sauvegarde.`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const result = JSON.parse(fs.readFileSync(file, "utf8")) as BackupResult;
    fs.rmSync(file, { force: true });
    if (!result.ok) throw new Error(`Sauvegarde refusée par le serveur : ${result.error}`);
    console.log(`Sauvegarde écrite par le serveur (pid ${pid}) : ${result.file} (${result.bytes} octets)`);
    return;
  }
  const database = await openConfiguredDatabase();
  try {
    const written = await writeBackup(database, dataDir, out);
    console.log(`Sauvegarde écrite : ${written.file} (${written.bytes} octets)`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
