// The directory's map view (`/startups?…&vue=carte`): the communes shaded by the search's own
// commune facet counts (every filter but the commune's), each a link that chooses that commune,
// or drops it when it is the one chosen. With JavaScript, SoftLinks makes the results update
// without a full reload; without it, they are plain links.
import Link from "next/link";
import { dictionary, href } from "@/lib/i18n/server";
import { mapGeometry } from "@/lib/map/geometry";
import { directoryMapValues, directoryMapScope } from "@/lib/map/directory";
import { MAP_TABLE_SORTS, toQueryString, type MapTableSort, type SearchParams, type View } from "@/lib/search/params";
import type { FacetCounts } from "@/lib/search/search";
import { communeFigures, sortCommuneFigures } from "@/lib/stats/by-commune";
import { TerritoryMap } from "./territory-map";
import { CommuneTable } from "./commune-table";
import { SoftLinks } from "@/components/ui/soft-links";
export const DIRECTORY_MAP_WIDTH = 720;
/** The table's anchor: after a sort without JavaScript, the reloaded page opens there. */
const TABLE_ID = "tableau-communes";

const isTableSort = (sort: string): sort is MapTableSort => (MAP_TABLE_SORTS as readonly string[]).includes(sort);

export function DirectoryMap({ params, facets }: { params: SearchParams; facets: FacetCounts }) {
  const t = dictionary().map;
  const scope = directoryMapScope(params);
  const values = directoryMapValues(params, facets);
  const scopeName = scope ? dictionary().metropolisLong[scope] : dictionary().stats.allScope;
  const rows = communeFigures(scope, new Map(Object.entries(values).map(([code, startups]) => [code, { startups, jobs: 0 }]))).filter((row) => row.startups > 0);
  const sort = params.communeSort ?? "startups";
  // Every column shown is one of MAP_TABLE_SORTS; the link keeps the rest of the search as it is.
  const sortHref = (column: string) => href(`/startups${toQueryString(params, { communeSort: isTableSort(column) ? column : null })}#${TABLE_ID}`);
  return (
    <div className="mb-6 space-y-3" data-testid="directory-map">
      <p className="text-sm text-slate-700">{t.hint}</p>
      <SoftLinks>
      <TerritoryMap
        id="carte-annuaire"
        geometry={mapGeometry(scope, DIRECTORY_MAP_WIDTH)}
        title={t.title(scopeName)}
        values={values}
        describe={(commune, value) =>
          `${t.communeLabel(commune.name, dictionary().metropolisLong[commune.metropolis], t.measures.startups.value(value))}${commune.code === params.commune ? ` (${t.selected})` : ""}`
        }
        legendTitle={t.measures.startups.legend}
        formatBound={dictionary().format.integer}
        hrefFor={(code) => href(`/startups${toQueryString(params, { commune: code === params.commune ? null : code, page: 1 })}`)}
        selected={params.commune}
      />
      </SoftLinks>
      {rows.length > 0 && (
        // Open once a sort was chosen: the reader came from one of its links.
        <details id={TABLE_ID} open={params.communeSort !== null} className="min-w-0 max-w-full scroll-mt-4 overflow-hidden rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold">{t.table.show}</summary>
          <div className="mt-3">
            <CommuneTable
              caption={t.table.caption(scopeName)}
              rows={sortCommuneFigures(rows, sort)}
              columns={["commune", "startups"]}
              showMetropolis={scope === null}
              sort={sort}
              sortHref={sortHref}
            />
          </div>
        </details>
      )}
    </div>
  );
}

/** "Liste" / "Carte": the same search, shown either way. */
export function ViewSwitch({ params }: { params: SearchParams }) {
  const t = dictionary().map;
  const views: [View, string][] = [
    ["liste", t.viewList],
    ["carte", t.viewMap],
  ];
  return (
    <nav aria-label={t.viewLabel} className="flex gap-1 text-sm">
      {views.map(([view, label]) => (
        <Link
          key={view}
          href={href(`/startups${toQueryString(params, { view })}`)}
          prefetch={false}
          scroll={false}
          aria-current={view === params.view ? "page" : undefined}
          className="rounded-md border border-slate-400 px-3 py-1.5 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
