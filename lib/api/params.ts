// Strict parsing of the open data API's query string. Unlike the directory page (which drops
// what it doesn't understand so that old links keep working), the API answers a clear 400 for
// any unknown parameter or value, so that a client's mistake never silently returns other data.
import { z } from "zod";
import { dictionary } from "@/lib/i18n/server";
import { MAX_QUERY_LENGTH, SORTS, type SearchParams } from "@/lib/search/params";
import { FOUNDED_YEAR_MIN, METROPOLISES, STAGES, TEAM_BAND_IDS, type Metropolis } from "@/lib/startups/options";

export const API_MAX_PAGE_SIZE = 100;
export const API_DEFAULT_PAGE_SIZE = 20;

export type ApiError = { parameter: string; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ApiError[] };

const SINGLE = ["q", "commune", "recrute", "annee_min", "annee_max", "tri", "page", "taille"] as const;
const MULTI = ["metropole", "secteur", "stade", "effectif"] as const;
export const STARTUP_LIST_PARAMETERS = [...SINGLE, ...MULTI];

const YEAR_MAX = 2100;
const year = z.coerce.number().int().min(FOUNDED_YEAR_MIN).max(YEAR_MAX);

function collect(url: URL): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, value] of url.searchParams) map.set(key, [...(map.get(key) ?? []), value]);
  return map;
}

export type StartupListQuery = { search: SearchParams; size: number };

export function parseStartupListQuery(url: URL, sectorSlugs: readonly string[], options: { paginated: boolean }): Parsed<StartupListQuery> {
  const t = dictionary().messages.api;
  const raw = collect(url);
  const errors: ApiError[] = [];
  const allowed = options.paginated ? STARTUP_LIST_PARAMETERS : STARTUP_LIST_PARAMETERS.filter((key) => key !== "page" && key !== "taille");
  for (const key of raw.keys()) if (!allowed.includes(key as never)) errors.push({ parameter: key, message: t.unknownParameter });
  for (const key of SINGLE) if ((raw.get(key)?.length ?? 0) > 1) errors.push({ parameter: key, message: t.repeatedParameter });
  const one = (key: string) => raw.get(key)?.[0];
  const many = (key: string) => raw.get(key) ?? [];
  const oneOf = <T extends string>(key: string, values: readonly T[]): T[] => {
    const given = many(key);
    const unknown = given.filter((value) => !values.includes(value as T));
    if (unknown.length) errors.push({ parameter: key, message: t.unknownValue(unknown, values) });
    return [...new Set(given.filter((value): value is T => values.includes(value as T)))];
  };

  const q = one("q") ?? "";
  if (q.length > MAX_QUERY_LENGTH) errors.push({ parameter: "q", message: t.queryTooLong(MAX_QUERY_LENGTH) });
  const commune = one("commune") ?? null;
  if (commune !== null && !/^\d[\dAB]\d{3}$/.test(commune)) errors.push({ parameter: "commune", message: t.communeCode });
  const hiring = one("recrute");
  if (hiring !== undefined && hiring !== "1" && hiring !== "0") errors.push({ parameter: "recrute", message: t.hiringValue });
  const parseYear = (key: string) => {
    const value = one(key);
    if (value === undefined) return null;
    const parsed = year.safeParse(value);
    if (!parsed.success) errors.push({ parameter: key, message: t.yearRange(FOUNDED_YEAR_MIN, YEAR_MAX) });
    return parsed.success ? parsed.data : null;
  };
  const positive = (key: string, max: number, fallback: number) => {
    const value = one(key);
    if (value === undefined) return fallback;
    const parsed = z.coerce.number().int().min(1).max(max).safeParse(value);
    if (!parsed.success) errors.push({ parameter: key, message: t.integerRange(1, max) });
    return parsed.success ? parsed.data : fallback;
  };

  const value: StartupListQuery = {
    search: {
      q: q.trim(),
      metropolises: oneOf("metropole", METROPOLISES),
      commune,
      sectors: oneOf("secteur", sectorSlugs),
      stages: oneOf("stade", STAGES),
      hiring: hiring === "1",
      yearMin: parseYear("annee_min"),
      yearMax: parseYear("annee_max"),
      teamBands: oneOf("effectif", TEAM_BAND_IDS),
      // The API has no freshness filter (its rows carry no confirmation date yet).
      freshness: null,
      sort: oneOf("tri", SORTS)[0] ?? "nom",
      page: positive("page", 10_000, 1),
      view: "liste",
      communeSort: null,
    },
    size: positive("taille", API_MAX_PAGE_SIZE, API_DEFAULT_PAGE_SIZE),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** For the endpoints that take no parameter: any given is a client's mistake, like elsewhere. */
export function parseNoQuery(url: URL): ApiError[] {
  const t = dictionary().messages.api;
  return [...new Set(url.searchParams.keys())].map((key) => ({ parameter: key, message: t.unknownParameter }));
}

export const STATS_SERIES = ["metropoles", "secteurs", "annees", "stades", "effectifs", "croissance", "communes"] as const;
export type StatsSeries = (typeof STATS_SERIES)[number];

export function parseStatsQuery(url: URL, options: { csv: boolean }): Parsed<{ metropolis: Metropolis | null; series: StatsSeries | null }> {
  const t = dictionary().messages.api;
  const raw = collect(url);
  const errors: ApiError[] = [];
  const allowed = options.csv ? ["metropole", "serie"] : ["metropole"];
  for (const key of raw.keys()) if (!allowed.includes(key)) errors.push({ parameter: key, message: t.unknownParameter });
  const metropolis = raw.get("metropole")?.[0] ?? null;
  if (metropolis !== null && !METROPOLISES.includes(metropolis as Metropolis)) {
    errors.push({ parameter: "metropole", message: t.allowedValues(METROPOLISES) });
  }
  const series = raw.get("serie")?.[0] ?? null;
  if (options.csv && (series === null || !STATS_SERIES.includes(series as StatsSeries))) {
    errors.push({ parameter: "serie", message: t.requiredAllowedValues(STATS_SERIES) });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { metropolis: metropolis as Metropolis | null, series: series as StatsSeries | null } };
}
