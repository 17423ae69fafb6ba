// The statistics page's map section: the communes shaded by startups (or per 10,000 inhabitants),
// each a link to the directory filtered on it, and the same figures as a sortable table.
import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { dictionary, href as localHref } from "@/lib/i18n/server";
import { mapGeometry } from "@/lib/map/geometry";
import { sortCommuneFigures, type CommuneFigures } from "@/lib/stats/by-commune";
import { MAP_MEASURES, statisticsQuery, type MapMeasure, type StatisticsParams } from "@/lib/stats/page-params";
import { TerritoryMap } from "./territory-map";
import { CommuneTable } from "./commune-table";

export const STATISTICS_MAP_WIDTH = 800;

/** The measures with their text in a language: built per render, in the page's language. */
function measuresIn(t: Dictionary["map"]): Record<MapMeasure, { key: "startups" | "startupsPer10k"; text: { legend: string; value: (n: number) => string } }> {
  return {
    startups: { key: "startups", text: t.measures.startups },
    taux: { key: "startupsPer10k", text: t.measures.startupsPer10k },
  };
}

export function StatisticsMap({ params, rows, scope }: { params: StatisticsParams; rows: CommuneFigures[]; scope: string }) {
  const d = dictionary();
  const t = d.map;
  const measures = measuresIn(t);
  const measure = measures[params.measure];
  const values = Object.fromEntries(rows.map((row) => [row.code, row[measure.key] ?? 0]));
  // Links stay in the page's language (`/en/statistiques…` on an English page).
  const href = (overrides: Partial<StatisticsParams>) => {
    const query = statisticsQuery(params, overrides);
    return localHref(`/statistiques${query ? `?${query}` : ""}#communes`);
  };
  return (
    <div className="min-w-0 space-y-4">
      <p className="text-sm text-slate-700">{t.hint}</p>
      <nav aria-label={t.measureLabel} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{t.measureLabel}</span>
        {MAP_MEASURES.map((candidate) => (
          <Link
            key={candidate}
            href={href({ measure: candidate })}
            prefetch={false}
            scroll={false}
            aria-current={candidate === params.measure ? "true" : undefined}
            className="rounded-full border border-slate-400 px-3 py-1 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white"
          >
            {measures[candidate].text.legend}
          </Link>
        ))}
      </nav>
      <TerritoryMap
        id="carte-statistiques"
        geometry={mapGeometry(params.metropolis, STATISTICS_MAP_WIDTH)}
        title={t.title(scope)}
        values={values}
        describe={(commune, value) => t.communeLabel(commune.name, d.metropolisLong[commune.metropolis], measure.text.value(value))}
        legendTitle={measure.text.legend}
        formatBound={params.measure === "taux" ? t.formatRate : d.format.integer}
        hrefFor={(code) => localHref(`/startups?commune=${code}&vue=carte`)}
      />
      <details open className="min-w-0 max-w-full overflow-hidden rounded-lg border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer font-semibold">{t.table.show}</summary>
        <div className="mt-3">
          <CommuneTable
            caption={t.table.caption(scope)}
            rows={sortCommuneFigures(rows, params.sort)}
            columns={["commune", "startups", "emplois", "habitants", "taux", "taux-emplois"]}
            showMetropolis={params.metropolis === null}
            sort={params.sort}
            sortHref={(sort) => href({ sort })}
          />
        </div>
      </details>
    </div>
  );
}
