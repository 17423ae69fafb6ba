// Backup, change, restore, check, on a real embedded data directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openPglite } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { migrateDatabase } from "@/db/migrate";
import { sectors } from "@/db/schema";
import { lastBackupAt, writeBackup } from "./backup";
import { restoreBackup } from "./restore";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded database backup and restore", () => {
  it("restores the data as it was at backup time, keeping the replaced data aside", { timeout: 240_000 }, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nft-backup-"));
    dirs.push(root);
    const dataDir = path.join(root, "pglite");
    const backupFile = path.join(root, "backups", "b.tar.gz");

    const database = await openPglite({ dataDir });
    await migrateDatabase(database);
    await database.db.insert(sectors).values({ slug: "avant", nameFr: "Avant", nameEn: "Before" });
    expect(lastBackupAt(dataDir)).toBeNull();
    const { bytes } = await writeBackup(database, dataDir, backupFile);
    expect(bytes).toBeGreaterThan(1000);
    expect(lastBackupAt(dataDir)!.getTime()).toBeGreaterThan(Date.now() - 60_000);

    // Changed after the backup: one row renamed, one added.
    await database.db.update(sectors).set({ nameFr: "Modifié" }).where(eq(sectors.slug, "avant"));
    await database.db.insert(sectors).values({ slug: "apres", nameFr: "Après", nameEn: "After" });

    await database.close();

    // While another live process holds the lock (a running app), restore refuses.
    const lockFile = path.join(dataDir, "nft.lock");
    fs.writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, hostname: os.hostname(), command: "next start", startedAt: new Date().toISOString() }));
    await expect(restoreBackup(backupFile, dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    fs.rmSync(lockFile);

    const { keptAside } = await restoreBackup(backupFile, dataDir);
    expect(keptAside).not.toBeNull();
    expect(fs.existsSync(path.join(keptAside!, "PG_VERSION"))).toBe(true);

    const reopened = await openPglite({ dataDir });
    try {
      const rows = await reopened.db.select({ slug: sectors.slug, nameFr: sectors.nameFr }).from(sectors).orderBy(sectors.slug);
      expect(rows).toEqual([{ slug: "avant", nameFr: "Avant" }]);
      expect(reopened.initPending).toBe(false);
    } finally {
      await reopened.close();
    }
    expect(fs.existsSync(path.join(dataDir, "nft.lock"))).toBe(false);
  });
});
