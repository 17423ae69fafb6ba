// npm run db:restore -- FILE
// Restores a backup made by `npm run db:backup` into the embedded database's data directory. The
// app must be stopped (the directory lock is checked); the replaced data is kept aside.
import path from "node:path";
import { embeddedDataDir } from "@/db/client";
import { restoreBackup } from "@/lib/ops/restore";

const file = process.argv[2];
if (!file) {
  console.error("Usage : npm run db:restore -- FICHIER.tar.gz");
  process.exit(2);
}
try {
  const dataDir = embeddedDataDir();
  const { keptAside } = await restoreBackup(path.resolve(file), dataDir);
  console.log(`Sauvegarde restaurée dans ${dataDir}.${keptAside ? ` Les données remplacées sont dans ${keptAside}.` : ""}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
