// Each active filter as a label and the URL without it, for "remove this filter" suggestions.
import { currentLang, dictionary, href } from "@/lib/i18n/server";
import { toQueryString, type SearchParams } from "@/lib/search/params";
import { sectorName, type Sector } from "@/lib/sectors";
import { findCommune } from "@/lib/territory";
import { FRESHNESS_FILTERS } from "@/lib/freshness/policy";

export type ActiveFilter = { label: string; href: string };

export function activeFilters(params: SearchParams, sectors: Sector[], path = "/startups"): ActiveFilter[] {
  // In the page's language: `path` is the French (unprefixed) path.
  const without = (overrides: Partial<SearchParams>) => href(`${path}${toQueryString(params, { ...overrides, page: 1 })}`);
  const lang = currentLang();
  const filters: ActiveFilter[] = [];
  for (const metropolis of params.metropolises) {
    filters.push({ label: dictionary().metropolis[metropolis], href: without({ metropolises: params.metropolises.filter((m) => m !== metropolis) }) });
  }
  if (params.commune) {
    filters.push({ label: findCommune(params.commune)?.name ?? params.commune, href: without({ commune: null }) });
  }
  for (const slug of params.sectors) {
    const sector = sectors.find((candidate) => candidate.slug === slug);
    const label = sector ? sectorName(sector, lang) : slug;
    filters.push({ label, href: without({ sectors: params.sectors.filter((s) => s !== slug) }) });
  }
  for (const stage of params.stages) {
    filters.push({ label: dictionary().stage[stage], href: without({ stages: params.stages.filter((s) => s !== stage) }) });
  }
  if (params.hiring) filters.push({ label: dictionary().search.hiring, href: without({ hiring: false }) });
  if (params.yearMin !== null) filters.push({ label: `${dictionary().search.yearMin} ${params.yearMin}`, href: without({ yearMin: null }) });
  if (params.yearMax !== null) filters.push({ label: `${dictionary().search.yearMax} ${params.yearMax}`, href: without({ yearMax: null }) });
  for (const band of params.teamBands) {
    filters.push({ label: dictionary().teamBand[band], href: without({ teamBands: params.teamBands.filter((b) => b !== band) }) });
  }
  if (params.freshness) {
    filters.push({ label: dictionary().freshness.filter.chip(FRESHNESS_FILTERS[params.freshness]), href: without({ freshness: null }) });
  }
  return filters;
}
