// Every startup with its moderation status, for admins (unlike the open data export, which only
// has published profiles).
import { desc, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { csvLine } from "@/lib/api/http";
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

  const header = csvLine(["slug", "nom", "statut_public", "derniere_revision", "metropole", "commune", "siren", "site_web", "publiee_le", "membres"]);
  return `\ufeff${header}${rows
    .map((row) => csvLine([row.slug, row.name, row.status, row.latestRevision, row.metropolis, row.communeCode, row.siren, row.website, row.publishedAt ? row.publishedAt.toISOString() : null, row.members]))
    .join("")}`;
}
