// Builders for test data, going through the same code paths as the app where one exists.
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { seedSectors } from "@/lib/sectors";
import { writeLiveProfile } from "@/lib/startups/live";
import type { ProfileData } from "@/lib/startups/profile";

export function profile(overrides: Partial<ProfileData> = {}): ProfileData {
  return {
    name: "Startup de test",
    tagline: "Une startup de test pour vérifier la recherche",
    description: "Une description suffisamment longue pour passer la validation du profil public de test.",
    communeCode: "14118",
    sectors: ["services-b2b-saas"],
    foundedYear: 2018,
    teamSize: 4,
    fundsRaisedEur: 0,
    stage: "seed",
    hiring: false,
    website: null,
    linkedinUrl: null,
    twitterUrl: null,
    siren: null,
    ...overrides,
  };
}

type Status = "published" | "draft" | "unpublished";

/** Inserts a startup whose live copy is `data`, in the given status, and returns its slug. */
export async function insertStartup(db: Db, data: ProfileData, status: Status = "published", publishedAt = new Date("2020-01-01")) {
  await seedSectors(db);
  const slug = `${data.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(3).toString("hex")}`;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(startups)
      .values({ slug, name: data.name })
      .returning({ id: startups.id });
    const [revision] = await tx
      .insert(startupRevisions)
      .values({ startupId: row!.id, status: status === "draft" ? "draft" : "approved", data })
      .returning({ id: startupRevisions.id });
    await writeLiveProfile(tx, row!.id, data, revision!.id, status === "draft" ? undefined : { status, publishedAt });
  });
  return slug;
}
