// Every startup with its moderation status, for admins (unlike the open data export, which only
// has published profiles).
import { desc, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { csvLine } from "@/lib/api/http";
import { dictionary } from "@/lib/i18n/server";
import { findCommune } from "@/lib/territory";
import { assertAdmin } from "./users";

export async function exportAllStartupsCsv(db: Db, admin: { id: string }): Promise<string> {
  await assertAdmin(db, admin.id);
  const rows = await db
    .select({
      slug: startups.slug,
      name: startups.name,
      status: startups.status,
      metropolis: startups.metropolis,
      communeCode: startups.communeCode,
      siren: startups.siren,
      website: startups.website,
      publishedAt: startups.publishedAt,
      latestRevision: sql<string | null>`(select ${startupRevisions.status} from ${startupRevisions} where ${startupRevisions.startupId} = ${startups.id} order by ${startupRevisions.createdAt} desc limit 1)`,
      members: sql<number>`(select count(*)::int from startup_members m where m.startup_id = ${startups.id})`,
    })
    .from(startups)
    .orderBy(desc(startups.createdAt));

  // Headers and values in words, as the admin reads them; the INSEE code is kept for re-import.
  const h = dictionary().admin.exportColumns;
  const header = csvLine([h.slug, h.name, h.liveStatus, h.latestRevision, h.metropolis, h.commune, h.communeCode, h.siren, h.website, h.publishedAt, h.members]);
  return `\ufeff${header}${rows
    .map((row) =>
      csvLine([
        row.slug,
        row.name,
        dictionary().space.liveStatus[row.status] ?? row.status,
        row.latestRevision ? (dictionary().space.status[row.latestRevision] ?? row.latestRevision) : null,
        row.metropolis ? dictionary().metropolisLong[row.metropolis] : null,
        row.communeCode ? (findCommune(row.communeCode)?.name ?? null) : null,
        row.communeCode,
        row.siren,
        row.website,
        row.publishedAt ? row.publishedAt.toISOString() : null,
        row.members,
      ]),
    )
    .join("")}`;
}
