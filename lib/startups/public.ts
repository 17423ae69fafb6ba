// Reads of the live, published profiles for the public site. Only public columns are selected;
// anything not published is indistinguishable from "does not exist".
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sectors, startups } from "@/db/schema";
import { findCommune } from "@/lib/territory";

export async function getPublishedStartup(db: Executor, slug: string) {
  const [row] = await db
    .select({
      id: startups.id,
      slug: startups.slug,
      name: startups.name,
      tagline: startups.tagline,
      description: startups.description,
      website: startups.website,
      linkedinUrl: startups.linkedinUrl,
      twitterUrl: startups.twitterUrl,
      communeCode: startups.communeCode,
      metropolis: startups.metropolis,
      foundedYear: startups.foundedYear,
      teamSize: startups.teamSize,
      fundsRaisedEur: startups.fundsRaisedEur,
      stage: startups.stage,
      hiring: startups.hiring,
      sectorIds: startups.sectorIds,
      logoUpdatedAt: startups.logoUpdatedAt,
      updatedAt: startups.updatedAt,
      confirmedAt: startups.confirmedAt,
    })
    .from(startups)
    .where(and(eq(startups.slug, slug), eq(startups.status, "published")));
  if (!row) return null;
  const sectorRows = row.sectorIds.length
    ? await db
        // Both names: the profile page shows the one of its language (sectorName).
        .select({ slug: sectors.slug, nameFr: sectors.nameFr, nameEn: sectors.nameEn })
        .from(sectors)
        .where(inArray(sectors.id, row.sectorIds))
        .orderBy(sectors.position)
    : [];
  const { id: _id, sectorIds: _sectorIds, ...publicFields } = row;
  void _id;
  void _sectorIds;
  return {
    ...publicFields,
    commune: row.communeCode ? (findCommune(row.communeCode)?.name ?? null) : null,
    sectors: sectorRows,
  };
}

export type PublishedStartup = NonNullable<Awaited<ReturnType<typeof getPublishedStartup>>>;

/** The logo of a published startup, for the public logo route. */
export async function getPublishedLogo(db: Executor, slug: string) {
  const [row] = await db
    .select({ logo: startups.logo, logoUpdatedAt: startups.logoUpdatedAt })
    .from(startups)
    .where(and(eq(startups.slug, slug), eq(startups.status, "published")));
  return row?.logo ? { logo: row.logo, updatedAt: row.logoUpdatedAt } : null;
}

/** Sitemaps hold at most 50,000 URLs; the newest profiles come first. */
/** Published profiles in a stable order (by slug), one sitemap's slice at a time. */
export async function listPublishedForSitemap(db: Executor, offset: number, limit: number) {
  return db
    .select({ slug: startups.slug, updatedAt: startups.updatedAt })
    .from(startups)
    .where(eq(startups.status, "published"))
    .orderBy(asc(startups.slug))
    .offset(offset)
    .limit(limit);
}

export async function countPublished(db: Executor): Promise<number> {
  const [row] = await db.select({ count: count() }).from(startups).where(eq(startups.status, "published"));
  return row?.count ?? 0;
}
