// The statistics page's state, as it lives in the URL: the metropolis, what the map is shaded by,
// and how the per-commune table is sorted. One canonical spelling per state (defaults omitted,
// fixed order), so that equivalent URLs share one entry of the page cache.
import { METROPOLISES, type Metropolis } from "@/lib/startups/options";
import { COMMUNE_SORTS, DEFAULT_COMMUNE_SORT, type CommuneSort } from "./by-commune";

/** `carte=`: the number of startups (default), or startups per 10,000 inhabitants. */
export const MAP_MEASURES = ["startups", "taux"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export type StatisticsParams = { metropolis: Metropolis | null; measure: MapMeasure; sort: CommuneSort };

export function parseStatisticsParams(query: URLSearchParams): StatisticsParams {
  const metropolis = METROPOLISES.find((candidate) => candidate === query.get("metropole")) ?? null;
  const sort = COMMUNE_SORTS.find((candidate) => candidate === query.get("tri")) ?? DEFAULT_COMMUNE_SORT;
  return {
    metropolis,
    measure: MAP_MEASURES.find((candidate) => candidate === query.get("carte")) ?? "startups",
    // One metropolis: the table has no metropolis column, and sorting by it would be a second
    // spelling (and cache entry) of the default order.
    sort: metropolis && sort === "metropole" ? DEFAULT_COMMUNE_SORT : sort,
  };
}

/** The canonical query string of a state, without "?" ("" for the defaults). */
export function statisticsQuery(params: StatisticsParams, overrides: Partial<StatisticsParams> = {}): string {
  const merged = { ...params, ...overrides };
  const query = new URLSearchParams();
  if (merged.metropolis) query.set("metropole", merged.metropolis);
  if (merged.measure !== "startups") query.set("carte", merged.measure);
  if (merged.sort !== DEFAULT_COMMUNE_SORT) query.set("tri", merged.sort);
  return query.toString();
}
