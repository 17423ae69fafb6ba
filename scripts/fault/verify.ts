// After a fault test: which of the emails answered as saved are really in the database?
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { openPglite, openPostgres, queryRows } from "@/db/client";
import { startupRevisions, users } from "@/db/schema";
import type { ProfileHistory } from "./profile";

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

/**
 * Profile saves (scripts/fault/profile.ts) checked against each startup's open revision: `lost`
 * when it holds a save older than the last one answered as saved (or none of ours), `halfWritten`
 * when its tagline and description come from different saves.
 */
export async function checkProfileSaves(target: { dataDir?: string; url?: string }, history: ProfileHistory): Promise<{ checked: number; lost: string[]; halfWritten: string[] }> {
  const database = target.url ? await openPostgres(target.url, { max: 1 }) : await openPglite({ dataDir: target.dataDir! });
  const lost: string[] = [];
  const halfWritten: string[] = [];
  let checked = 0;
  try {
    for (const [startupId, { sent, lastSaved }] of history) {
      if (lastSaved < 0) continue;
      checked++;
      const [open] = await database.db
        .select({ data: startupRevisions.data })
        .from(startupRevisions)
        .where(and(eq(startupRevisions.startupId, startupId), inArray(startupRevisions.status, ["draft", "pending"])))
        .orderBy(desc(startupRevisions.createdAt))
        .limit(1);
      const data = (open?.data ?? {}) as { tagline?: string; description?: string };
      const token = /panne-[0-9a-f]{12}/.exec(data.tagline ?? "")?.[0];
      if (!token || !(data.description ?? "").includes(token)) halfWritten.push(startupId);
      if (!token || sent.indexOf(token) < lastSaved) lost.push(`${startupId}: holds ${token ?? "no save of ours"}, last answered as saved ${sent[lastSaved]}`);
    }
    return { checked, lost, halfWritten };
  } finally {
    await database.close();
  }
}
