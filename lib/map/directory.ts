// What the directory's map shows for a search: its scope, and each commune's count. The counts
// are the search's own commune facet (lib/search), so that the map and the commune filter agree.
import type { SearchParams } from "@/lib/search/params";
import type { FacetCounts } from "@/lib/search/search";
import { listCommunes } from "@/lib/territory";
import type { Metropolis } from "@/lib/startups/options";

/** One metropolis when the search is filtered on exactly one; otherwise the whole territory. */
export function directoryMapScope(params: Pick<SearchParams, "metropolises">): Metropolis | null {
  return params.metropolises.length === 1 ? params.metropolises[0]! : null;
}

/** The count of each commune of the scope (zero included), by INSEE code. */
export function directoryMapValues(params: Pick<SearchParams, "metropolises">, facets: Pick<FacetCounts, "commune">): Record<string, number> {
  const scope = directoryMapScope(params);
  return Object.fromEntries(
    listCommunes()
      .filter((commune) => scope === null || commune.metropolis === scope)
      .map((commune) => [commune.code, facets.commune[commune.code] ?? 0]),
  );
}
