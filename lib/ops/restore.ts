// Restores a backup (lib/ops/backup.ts) into the data directory of a STOPPED app: the directory
// lock proves that no server holds it. The current contents are kept aside, never deleted.
import fs from "node:fs";
import path from "node:path";
import { openPglite } from "@/db/client";
import { acquireDataDirLock } from "@/db/lock";

const KEEP = new Set(["nft.lock"]);

export async function restoreBackup(file: string, dataDir: string, now = new Date()): Promise<{ keptAside: string | null }> {
  const bytes = fs.readFileSync(file);
  const release = acquireDataDirLock(dataDir);
  const staging = `${dataDir}.restoring`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    // Load the dump into a staging directory first, and check that it opens and answers.
    const restored = await openPglite({ dataDir: staging, loadDataDir: new Blob([bytes]) });
    await restored.db.execute("select 1");
    restored.markInitialized();
    await restored.close();

    const entries = fs.readdirSync(dataDir).filter((entry) => !KEEP.has(entry));
    let keptAside: string | null = null;
    if (entries.length) {
      keptAside = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
      fs.mkdirSync(keptAside, { recursive: true });
      for (const entry of entries) fs.renameSync(path.join(dataDir, entry), path.join(keptAside, entry));
    }
    for (const entry of fs.readdirSync(staging).filter((name) => !KEEP.has(name))) {
      fs.renameSync(path.join(staging, entry), path.join(dataDir, entry));
    }
    fs.rmSync(staging, { recursive: true, force: true });
    return { keptAside };
  } finally {
    release();
  }
}
