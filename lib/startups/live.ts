// Copies a validated profile onto the live `startups` row and its sectors. Used when a revision
// is approved (and by the seed, which "approves" its demo data the same way).
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sectors, startupSectors, startups } from "@/db/schema";
import { metropolisOf } from "@/lib/territory";
import type { ProfileData } from "./profile";

/**
 * `publish` also makes the profile public (a first approval, or a republication). An approved
 * revision is the team's confirmation of the profile: `confirmedAt` (now, unless the seed or an
 * import says otherwise) becomes its "Informations confirmées le …" date (lib/freshness).
 */
export async function writeLiveProfile(
  tx: Executor,
  startupId: string,
  data: ProfileData,
  revisionId: string | null,
  publish?: { status: "published" | "unpublished"; publishedAt: Date },
  confirmedAt: Date = new Date(),
) {
  const metropolis = metropolisOf(data.communeCode);
  if (!metropolis) throw new Error(`Commune ${data.communeCode} is outside the three metropolises.`);
  const sectorRows = data.sectors.length
    ? await tx.select({ id: sectors.id, nameFr: sectors.nameFr }).from(sectors).where(inArray(sectors.slug, data.sectors))
    : [];
  if (sectorRows.length !== data.sectors.length) throw new Error(`Unknown sector in ${data.sectors.join(", ")}.`);

  await tx
    .update(startups)
    .set({
      name: data.name,
      tagline: data.tagline,
      description: data.description,
      website: data.website,
      linkedinUrl: data.linkedinUrl,
      twitterUrl: data.twitterUrl,
      communeCode: data.communeCode,
      metropolis,
      foundedYear: data.foundedYear,
      teamSize: data.teamSize,
      fundsRaisedEur: data.fundsRaisedEur,
      stage: data.stage,
      hiring: data.hiring,
      siren: data.siren,
      sectorText: sectorRows.map((row) => row.nameFr).join(" "),
      sectorIds: sectorRows.map((row) => row.id),
      currentRevisionId: revisionId,
      confirmedAt,
      updatedAt: new Date(),
      ...publish,
    })
    .where(eq(startups.id, startupId));
  await tx.delete(startupSectors).where(eq(startupSectors.startupId, startupId));
  if (sectorRows.length) {
    await tx.insert(startupSectors).values(sectorRows.map((row) => ({ startupId, sectorId: row.id })));
  }
}
