// What the profile form needs to offer: the communes of the three metropolises and the sectors.
import type { Executor } from "@/db/client";
import { listSectors } from "@/lib/sectors";
import { communeChoices } from "@/lib/territory";

export async function profileFormOptions(db: Executor) {
  const sectors = await listSectors(db);
  // Both names: the form labels each sector in the page's language (lib/sectors/name).
  return { communes: communeChoices(), sectors: sectors.map(({ slug, nameFr, nameEn }) => ({ slug, nameFr, nameEn })) };
}
