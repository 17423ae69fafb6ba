import { asc } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sectors } from "@/db/schema";
import { cachedForDirectory } from "@/lib/cache/directory-cache";
import { SECTOR_TAXONOMY } from "./taxonomy";

// In its own module so that client components can import it without the database code below.
export { sectorName } from "./name";

export type Sector = { id: number; slug: string; nameFr: string; nameEn: string };

export function listSectors(db: Executor): Promise<Sector[]> {
  return cachedForDirectory(db, "sectors", () => readSectors(db));
}

async function readSectors(db: Executor): Promise<Sector[]> {
  return db
    .select({ id: sectors.id, slug: sectors.slug, nameFr: sectors.nameFr, nameEn: sectors.nameEn })
    .from(sectors)
    .orderBy(asc(sectors.position), asc(sectors.nameFr));
}

/** Loads the initial taxonomy; sectors that already exist (by slug) are left as admins edited them. */
export async function seedSectors(db: Executor) {
  await db
    .insert(sectors)
    .values(SECTOR_TAXONOMY.map((sector, position) => ({ ...sector, position })))
    .onConflictDoNothing();
}
