// Public pages that only show published directory data are rendered once per (directory version,
// canonical query) and then served from Next's page cache (ISR). On a 2-core server, rendering
// the directory (facets for 173 communes, 20 result cards) or the statistics (7 charts) costs
// several times more than everything else in a request.
//
// proxy.ts rewrites each request for such a page to an internal, cacheable path that names the
// current directory version and the canonical query. Because the version is part of the path, a
// change made through any instance (every write to startups or sectors bumps it, migration 0003)
// is seen on the very next request everywhere, with nothing to invalidate by hand; the entries of
// older versions simply age out of the LRU.
import { parseStatisticsParams, statisticsQuery } from "@/lib/stats/page-params";
import { parseSearchParams, rawParams, toQueryString } from "@/lib/search/params";
import { eventFiltersQuery, parisToday, parseEventFilters } from "@/lib/events/params";
import type { CacheGeneration } from "./directory-cache";

/** Every internal path starts with this; the proxy refuses it from outside. */
export const INTERNAL_PREFIX = "/interne/";

export type CachedPage = {
  /** The internal route that renders it: app/interne/<name>/[version]/[key]/page.tsx. */
  name: string;
  /**
   * The state a public URL stands for, as text, or null when the URL is not this page's.
   * Equivalent URLs (parameter order, defaults, unknown parameters) give the same state, so they
   * share one cache entry.
   */
  stateFor: (pathname: string, query: URLSearchParams) => string | null;
  /** The public path of a state (its query, if any, is the state itself). */
  pathFor: (state: string) => string;
  /**
   * The path segment the entry is keyed on: the directory version, and for pages that show
   * freshness what that depends on besides (lib/freshness: a confirmation moves no version).
   */
  generation: (generation: CacheGeneration) => string;
};

const versionOnly = (generation: CacheGeneration) => String(generation.version);
/** The directory and the statistics show every profile's freshness: any confirmation, and each new day. */
const withFreshness = (generation: CacheGeneration) => `${generation.version}-${generation.freshness}-${generation.day}`;

/** `/startups?…`: the state is the canonical query string of the search. */
export const DIRECTORY_PAGE: CachedPage = {
  name: "annuaire",
  stateFor: (pathname, query) => (pathname === "/startups" ? toQueryString(parseSearchParams(rawParams(query))).replace(/^\?/, "") : null),
  pathFor: () => "/startups",
  generation: withFreshness,
};

/** `/statistiques?metropole=…&carte=…&tri=…`: the metropolis, the map's measure, the table's order. */
export const STATISTICS_PAGE: CachedPage = {
  name: "statistiques",
  stateFor: (pathname, query) => (pathname === "/statistiques" ? statisticsQuery(parseStatisticsParams(query)) : null),
  pathFor: () => "/statistiques",
  generation: withFreshness,
};

/** `/startups/[slug]`: the state is the slug (the profile's logo, one level deeper, is not cached here). */
export const PROFILE_PAGE: CachedPage = {
  name: "fiche",
  stateFor: (pathname) => /^\/startups\/([a-z0-9-]{1,80})$/.exec(pathname)?.[1] ?? null,
  pathFor: (slug) => `/startups/${slug}`,
  // Its own confirmation date, not the freshness version: confirming one profile re-renders that
  // profile only. The day, for the "à vérifier" badge that comes with time.
  generation: (generation) => `${generation.version}-${generation.profileConfirmed ?? "x"}-${generation.day}`,
};

/**
 * `/evenements?…`: the state is today's Paris date and the canonical filters. "Upcoming" moves
 * with time, so the key holds the date (the month filter and past years follow it) and the
 * generation the end of the last event that has ended: when an event ends, its list renders afresh.
 */
export const EVENTS_PAGE: CachedPage = {
  name: "evenements",
  stateFor: (pathname, query) => {
    if (pathname !== "/evenements") return null;
    const filters = eventFiltersQuery(parseEventFilters(query));
    return `jour=${parisToday()}${filters ? `&${filters}` : ""}`;
  },
  pathFor: () => "/evenements",
  generation: (generation) => `${generation.version}-${generation.lastEventEnd ?? "x"}`,
};

/** `/evenements/[slug]`: the state is the slug (its `.ics`, one level deeper, is not cached here). */
export const EVENT_PAGE: CachedPage = {
  name: "evenement",
  stateFor: (pathname) => /^\/evenements\/([a-z0-9-]{1,100})$/.exec(pathname)?.[1] ?? null,
  pathFor: (slug) => `/evenements/${slug}`,
  generation: versionOnly,
};

export const CACHED_PAGES = [DIRECTORY_PAGE, STATISTICS_PAGE, PROFILE_PAGE, EVENTS_PAGE, EVENT_PAGE];

/** base64url keeps any character of a state (slashes, `%`, accents) safe in one path segment. */
function encodeKey(state: string): string {
  return Buffer.from(state).toString("base64url") || "-";
}

export type CachedPageMatch = { page: CachedPage; state: string };

/** The cached page that serves a public URL, and the state it stands for; null when none does. */
export function matchCachedPage(pathname: string, query: URLSearchParams): CachedPageMatch | null {
  for (const page of CACHED_PAGES) {
    const state = page.stateFor(pathname, query);
    if (state !== null) return { page, state };
  }
  return null;
}

/** The internal path of a matched page at a generation. */
export function internalPath({ page, state }: CachedPageMatch, generation: CacheGeneration): string {
  return `${INTERNAL_PREFIX}${page.name}/${page.generation(generation)}/${encodeKey(state)}`;
}

/** The internal path for a public URL, or null when no cached page serves that URL. */
export function internalPathFor(generation: CacheGeneration, pathname: string, query: URLSearchParams): string | null {
  const match = matchCachedPage(pathname, query);
  return match ? internalPath(match, generation) : null;
}

/**
 * The state a key stands for, or null when the key is not the one a public URL would get, so
 * that nobody can fill the cache with variants of one page.
 */
export function stateFromKey(page: CachedPage, key: string): string | null {
  const state = key === "-" ? "" : Buffer.from(key, "base64url").toString();
  if (encodeKey(state) !== key) return null;
  return page.stateFor(page.pathFor(state), new URLSearchParams(state)) === state ? state : null;
}
