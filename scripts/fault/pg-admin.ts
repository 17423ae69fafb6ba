// Creating and dropping the fault scripts' own databases on a PostgreSQL server.
import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";

export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = await openPostgres(serverUrl, { max: 1 });
  await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
  await admin.db.execute(sql.raw(`create database "${name}"`));
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = await openPostgres(serverUrl, { max: 1 });
  await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
  await admin.close();
}
