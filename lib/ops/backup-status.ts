// What the admin dashboard shows about backups: on the embedded database only (PostgreSQL is
// backed up with pg_dump, outside the app), to admins only.
import { embeddedDataDir, getDatabase } from "@/db/client";
import { assertAdmin } from "@/lib/admin/users";
import { lastBackupAt } from "./backup";

export type BackupStatus = { engine: "pglite"; lastBackupAt: Date | null } | null;

export async function backupStatusForAdmin(admin: { id: string; role: string }): Promise<BackupStatus> {
  if (admin.role !== "admin") return null;
  const database = await getDatabase();
  await assertAdmin(database.db, admin.id);
  if (database.driver !== "pglite") return null;
  return { engine: "pglite", lastBackupAt: lastBackupAt(embeddedDataDir()) };
}
