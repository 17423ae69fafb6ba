// What the profile form needs to offer: the communes of the three metropolises and the sectors.
import type { Executor } from "@/db/client";
import { listSectors } from "@/lib/sectors";
import { communeChoices } from "@/lib/territory";

export async function profileFormOptions(db: Executor) {
  const sectors = await listSectors(db);
  return { communes: communeChoices(), sectors: sectors.map(({ slug, nameFr }) => ({ slug, nameFr })) };
}
