// After a fault test: which of the emails answered as saved are really in the database?
import { inArray, sql } from "drizzle-orm";
import { openPglite, openPostgres, queryRows } from "@/db/client";
import { users } from "@/db/schema";

export async function missingAccounts(target: { dataDir?: string; url?: string }, emails: string[]): Promise<string[]> {
  const database = target.url ? await openPostgres(target.url, { max: 1 }) : await openPglite({ dataDir: target.dataDir! });
  try {
    const found = new Set<string>();
    for (let i = 0; i < emails.length; i += 500) {
      const rows = await database.db.select({ email: users.email }).from(users).where(inArray(users.email, emails.slice(i, i + 500)));
      for (const row of rows) found.add(row.email);
    }
    return emails.filter((email) => !found.has(email));
  } finally {
    await database.close();
  }
}

/** Accounts without their verification mail: a half-written sign-up (the two are one transaction). */
export async function halfWrittenAccounts(target: { dataDir?: string; url?: string }, prefix: string): Promise<number> {
  const database = target.url ? await openPostgres(target.url, { max: 1 }) : await openPglite({ dataDir: target.dataDir! });
  try {
    const [row] = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from users u where u.email like ${`${prefix}%`}
          and not exists (select 1 from email_outbox o where o.to_address = u.email)`,
    );
    return row?.count ?? 0;
  } finally {
    await database.close();
  }
}
