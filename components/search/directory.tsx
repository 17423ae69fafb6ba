import Link from "next/link";
import { dictionary, href } from "@/lib/i18n/server";
import { hasFilters, toQueryString, type SearchParams } from "@/lib/search/params";
import type { SearchResult } from "@/lib/search/search";
import type { Sector } from "@/lib/sectors";
import { listCommunes } from "@/lib/territory";
import { AutoSubmitForm } from "./auto-submit-form";
import { Filters } from "./filters";
import { EmptyResults, ResultList } from "./results";
import { Pagination } from "./pagination";
import { activeFilters } from "./active-filters";
import { DirectoryMap, ViewSwitch } from "@/components/map/directory-map";

/** The commune picker's options: only the fields it shows, to keep the page light. */
function communeOptions() {
  return listCommunes().map(({ code, name, metropolis }) => ({ code, name, metropolis }));
}

/** The directory page's content for one search state and its results. */
export function Directory({ params, result, sectors }: { params: SearchParams; result: SearchResult; sectors: Sector[] }) {
  const t = dictionary().search;
  const filters = activeFilters(params, sectors);
  const hrefFor = (page: number) => href(`/startups${toQueryString(params, { page })}`);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{t.title}</h1>
      <p className="mt-2 text-slate-700">{t.intro}</p>

      <AutoSubmitForm
        action={href("/startups")}
        currentQuery={toQueryString(params)}
        method="get"
        role="search"
        aria-label={t.formLabel}
        busyLabel={t.loading}
        busyTargetId="resultats"
        className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-8 md:grid-cols-[17rem_minmax(0,1fr)]"
      >
        {/* The map view is part of the search state: a new search keeps it. */}
        {params.view !== "liste" && <input type="hidden" name="vue" value={params.view} />}
        {params.communeSort && <input type="hidden" name="tri_communes" value={params.communeSort} />}
        <div className="md:col-span-2">
          <label htmlFor="q" className="mb-1 block text-sm font-semibold">
            {t.queryLabel}
          </label>
          <div className="flex gap-2">
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={params.q}
              placeholder={t.queryPlaceholder}
              maxLength={100}
              autoComplete="off"
              className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2"
            />
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t.submit}
            </button>
          </div>
        </div>

        <details open className="md:sticky md:top-4 md:self-start">
          <summary className="cursor-pointer text-lg font-semibold">{t.filters}</summary>
          <div className="mt-3">
            <Filters params={params} facets={result.facets} sectors={sectors} communes={communeOptions()} />
            {hasFilters(params) && (
              <p className="mt-4">
                <Link href={href(`/startups${toQueryString(params, { ...clearedFilters, page: 1 })}`)} className="text-sm text-brand-700 underline">
                  {t.resetFilters}
                </Link>
              </p>
            )}
          </div>
        </details>

        <section id="resultats" aria-labelledby="resultats-titre">
          <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
            <h2 id="resultats-titre" className="text-xl font-semibold" aria-live="polite">
              {t.results(result.total)}
            </h2>
            <ViewSwitch params={params} />
            <div className="flex items-center gap-2">
              <label htmlFor="tri" className="text-sm">
                {t.sort}
              </label>
              <select id="tri" name="tri" defaultValue={params.sort} data-default="pertinence" className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm">
                {(Object.keys(t.sorts) as (keyof typeof t.sorts)[]).map((sort) => (
                  <option key={sort} value={sort}>
                    {t.sorts[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {params.view === "carte" && <DirectoryMap params={params} facets={result.facets} />}
          {result.items.length > 0 ? (
            <ResultList items={result.items} />
          ) : (
            <EmptyResults query={params.q} queryRemovalHref={href(`/startups${toQueryString(params, { q: "", page: 1 })}`)} filters={filters} />
          )}
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
        </section>
      </AutoSubmitForm>
    </>
  );
}

const clearedFilters = {
  metropolises: [],
  commune: null,
  sectors: [],
  stages: [],
  hiring: false,
  yearMin: null,
  yearMax: null,
  teamBands: [],
  freshness: null,
};
