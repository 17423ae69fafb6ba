// Where the map's outlines come from, and what to do for a member commune that has none.
// Shared by the build script (scripts/build-territory-map.ts) and the map itself.

/** The date of the outlines (IGN ADMIN EXPRESS COG) and of the commune list they were drawn for. */
export const OUTLINES_EDITION = "2018";

export type OutlineFallback = {
  /** The 2018 commune whose outline contains it (its code, now another member's). */
  within: string;
  /** That commune's name in 2018. */
  name2018: string;
  /** Its town centre, [longitude, latitude] (WGS84), where the map puts a point for it. */
  point: [number, number];
};

/**
 * Member communes without a 2018 outline of their own. The build fails for any member that has
 * neither an outline nor an entry here, so a change in @etalab/decoupage-administratif is noticed.
 */
export const OUTLINE_FALLBACKS: Record<string, OutlineFallback> = {
  // Sannerville was part of the commune nouvelle Saline (14712) from 2017 and left it in 2020;
  // 14712 is now Troarn, also a member of Caen la Mer. Saline's 2018 outline is drawn as Troarn's.
  "14666": { within: "14712", name2018: "Saline", point: [-0.2289, 49.1806] },
};
