// The directory's search state, as it lives in the URL. French parameter names, because the URL
// is shown and shared by a French audience. Parsing is lenient: an unknown value is dropped rather
// than breaking a shared link.
import { z } from "zod";
import { METROPOLISES, STAGES, TEAM_BAND_IDS, FOUNDED_YEAR_MIN, type Metropolis, type Stage, type TeamBandId } from "@/lib/startups/options";
import { FRESHNESS_FILTER_IDS, type FreshnessFilter } from "@/lib/freshness/policy";
import type { CommuneSort } from "@/lib/stats/by-commune";

export const SORTS = ["pertinence", "nom", "recent"] as const;
export type Sort = (typeof SORTS)[number];

/** `vue=carte` shows the results' communes on a map (components/map) above the list. */
export const VIEWS = ["liste", "carte"] as const;
export type View = (typeof VIEWS)[number];

/**
 * `tri_communes=`: the order of the map view's commune table (components/map/directory-map), a
 * link per column, as on /statistiques. Absent, the table is closed and sorted by startups.
 */
export const MAP_TABLE_SORTS = ["commune", "metropole", "startups"] as const satisfies readonly CommuneSort[];
export type MapTableSort = (typeof MAP_TABLE_SORTS)[number];

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
export const MAX_QUERY_LENGTH = 100;
/** More sectors than the taxonomy holds (15) would only multiply cache keys. */
export const MAX_SECTORS = 30;

export type SearchParams = {
  q: string;
  metropolises: Metropolis[];
  commune: string | null;
  sectors: string[];
  stages: Stage[];
  hiring: boolean;
  yearMin: number | null;
  yearMax: number | null;
  teamBands: TeamBandId[];
  /** `fraicheur=12m`: confirmed by the startup within that many months (lib/freshness). */
  freshness: FreshnessFilter | null;
  sort: Sort;
  page: number;
  view: View;
  /** Only with `vue=carte`: the list view has no commune table. */
  communeSort: MapTableSort | null;
};

export type RawParams = Record<string, string | string[] | undefined>;

export function rawParams(query: URLSearchParams): RawParams {
  const raw: RawParams = {};
  for (const key of new Set(query.keys())) raw[key] = query.getAll(key);
  return raw;
}

function all(raw: RawParams, key: string): string[] {
  const value = raw[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== "");
}

function first(raw: RawParams, key: string): string | undefined {
  return all(raw, key)[0];
}

/** The known values among the candidates, in the list's own order: one spelling per state. */
function oneOf<T extends string>(values: readonly T[], candidates: string[]): T[] {
  return values.filter((value) => candidates.includes(value));
}

const year = z.coerce.number().int().min(FOUNDED_YEAR_MIN).max(2100);
const page = z.coerce.number().int().min(1).max(MAX_PAGE);

export function parseSearchParams(raw: RawParams): SearchParams {
  const q = (first(raw, "q") ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const sort = oneOf(SORTS, all(raw, "tri"))[0] ?? "pertinence";
  const yearMin = year.safeParse(first(raw, "annee_min"));
  const yearMax = year.safeParse(first(raw, "annee_max"));
  const commune = first(raw, "commune");
  const metropolises = oneOf(METROPOLISES, all(raw, "metropole"));
  const view: View = first(raw, "vue") === "carte" ? "carte" : "liste";
  const communeSort = view === "carte" ? (oneOf(MAP_TABLE_SORTS, all(raw, "tri_communes"))[0] ?? null) : null;
  return {
    q,
    metropolises,
    commune: commune && /^\d[\dAB]\d{3}$/.test(commune) ? commune : null,
    // Sorted, so that two URLs for one search share one cache entry (lib/cache/page-cache.ts).
    sectors: [...new Set(all(raw, "secteur").filter((slug) => /^[a-z0-9-]{1,60}$/.test(slug)))].sort().slice(0, MAX_SECTORS),
    stages: oneOf(STAGES, all(raw, "stade")),
    hiring: first(raw, "recrute") === "1",
    yearMin: yearMin.success ? yearMin.data : null,
    yearMax: yearMax.success ? yearMax.data : null,
    teamBands: oneOf(TEAM_BAND_IDS, all(raw, "effectif")),
    freshness: oneOf(FRESHNESS_FILTER_IDS, all(raw, "fraicheur"))[0] ?? null,
    sort,
    page: page.safeParse(first(raw, "page")).data ?? 1,
    view,
    // One metropolis: the map and its table show no metropolis column to sort by.
    communeSort: communeSort === "metropole" && metropolises.length === 1 ? "startups" : communeSort,
  };
}

/** The inverse of parseSearchParams, omitting defaults, for links (pagination, "remove this filter"). */
export function toQueryString(params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const merged = { ...params, ...overrides };
  const query = new URLSearchParams();
  if (merged.q) query.set("q", merged.q);
  for (const value of merged.metropolises) query.append("metropole", value);
  if (merged.commune) query.set("commune", merged.commune);
  for (const value of merged.sectors) query.append("secteur", value);
  for (const value of merged.stages) query.append("stade", value);
  if (merged.hiring) query.set("recrute", "1");
  if (merged.yearMin !== null) query.set("annee_min", String(merged.yearMin));
  if (merged.yearMax !== null) query.set("annee_max", String(merged.yearMax));
  for (const value of merged.teamBands) query.append("effectif", value);
  if (merged.freshness) query.set("fraicheur", merged.freshness);
  if (merged.sort !== "pertinence") query.set("tri", merged.sort);
  if (merged.page > 1) query.set("page", String(merged.page));
  if (merged.view !== "liste") query.set("vue", merged.view);
  if (merged.view === "carte" && merged.communeSort) query.set("tri_communes", merged.communeSort);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export function hasFilters(params: SearchParams): boolean {
  return (
    params.metropolises.length > 0 ||
    params.commune !== null ||
    params.sectors.length > 0 ||
    params.stages.length > 0 ||
    params.hiring ||
    params.yearMin !== null ||
    params.yearMax !== null ||
    params.teamBands.length > 0 ||
    params.freshness !== null
  );
}
