// Closed lists of values shared by the schema, the forms, the search filters and the statistics.
// Labels live in lib/i18n; these are the stable identifiers stored in the database and URLs.

export const STAGES = ["idea", "prototype", "seed", "series_a", "growth", "mature"] as const;
export type Stage = (typeof STAGES)[number];

export const METROPOLISES = ["caen", "le-havre", "rouen"] as const;
export type Metropolis = (typeof METROPOLISES)[number];

/** Team-size bands: inclusive bounds, `max: null` means open-ended. */
export const TEAM_BANDS = [
  { id: "1-5", min: 1, max: 5 },
  { id: "6-10", min: 6, max: 10 },
  { id: "11-25", min: 11, max: 25 },
  { id: "26-50", min: 26, max: 50 },
  { id: "51+", min: 51, max: null },
] as const;
export type TeamBandId = (typeof TEAM_BANDS)[number]["id"];
export const TEAM_BAND_IDS = TEAM_BANDS.map((band) => band.id) as [TeamBandId, ...TeamBandId[]];

export const FOUNDED_YEAR_MIN = 1950;
export function foundedYearMax(): number {
  return new Date().getFullYear();
}
