// The directory page is rendered once per (directory version, search state) and served from Next's
// page cache (ISR) after that: on a 2-core server, rendering the page (facets for 173 communes and
// 20 result cards) costs several times more than everything else in a request.
//
// proxy.ts rewrites each `/startups?…` request to an internal, cacheable path that names the
// current directory version and the canonical search state. Because the version is part of the
// path, a change made through any instance (every write to startups or sectors bumps it, migration
// 0003) is seen on the very next request everywhere, with nothing to invalidate by hand; the
// entries of older versions simply age out of the LRU.
import { parseSearchParams, toQueryString, type RawParams, type SearchParams } from "./params";

export const INTERNAL_DIRECTORY_PREFIX = "/annuaire-interne/";

function rawParams(query: URLSearchParams): RawParams {
  const raw: RawParams = {};
  for (const key of new Set(query.keys())) raw[key] = query.getAll(key);
  return raw;
}

function canonicalQuery(params: SearchParams): string {
  return toQueryString(params).replace(/^\?/, "");
}

/**
 * The search state's canonical key: equivalent URLs (parameter order, defaults spelled out,
 * unknown or invalid parameters) share one key, so they share one cache entry. base64url keeps
 * any character of the query text safe inside one path segment.
 */
export function searchStateKey(query: URLSearchParams): string {
  return Buffer.from(canonicalQuery(parseSearchParams(rawParams(query)))).toString("base64url") || "-";
}

export function internalDirectoryPath(version: number, query: URLSearchParams): string {
  return `${INTERNAL_DIRECTORY_PREFIX}${version}/${searchStateKey(query)}`;
}

/** The search state a key stands for; a key that is not canonical yields null. */
export function searchStateFromKey(key: string): SearchParams | null {
  const query = key === "-" ? "" : Buffer.from(key, "base64url").toString();
  const params = parseSearchParams(rawParams(new URLSearchParams(query)));
  return canonicalQuery(params) === query ? params : null;
}
