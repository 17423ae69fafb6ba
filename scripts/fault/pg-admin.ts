// Creating and dropping the fault scripts' own databases on a PostgreSQL server.
import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";

// Database names can't be bound parameters; these come from the scripts themselves, never from a
// request, and are checked anyway so that a typo can't turn into other SQL.
function checkedName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid database name: ${name}`);
  return name;
}

export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  checkedName(name);
  const admin = await openPostgres(serverUrl, { max: 1 });
  await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
  await admin.db.execute(sql.raw(`create database "${name}"`));
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  checkedName(name);
  const admin = await openPostgres(serverUrl, { max: 1 });
  await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
  await admin.close();
}
