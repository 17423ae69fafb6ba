import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ColumnChart } from "@/components/charts/column-chart";
import { LineChart } from "@/components/charts/line-chart";
import { fr, formatEuros, formatInteger, formatPercent } from "@/lib/i18n/fr";
import { METROPOLISES, type Metropolis } from "@/lib/startups/options";
import type { Stats } from "@/lib/stats/compute";
import type { ConfirmedShare } from "@/lib/freshness/public";
import type { StatisticsParams } from "@/lib/stats/page-params";
import { StatisticsMap } from "@/components/map/statistics-map";

const t = fr.stats;

/** The statistics page's content, for the whole ecosystem or one metropolis. */
export function Statistics({ params, stats, freshness }: { params: StatisticsParams; stats: Stats; freshness: ConfirmedShare }) {
  const { metropolis } = params;
  const scope = metropolis ? fr.metropolisLong[metropolis] : t.allScope;
  const top = <T,>(rows: T[], n: number) => rows.slice(0, n);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{t.title}</h1>
        <p className="mt-3 text-2xl font-semibold text-slate-900" data-testid="headline">
          {t.headline(stats.totals.startups, stats.totals.jobs, stats.totals.fundsEur)}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          {scope} · {t.computedAt(new Date(stats.computedAt))}
        </p>
      </header>

      <form method="get" action="/statistiques" className="flex flex-wrap items-end gap-3" aria-label={t.filterLabel}>
        <div>
          <label htmlFor="metropole" className="mb-1 block text-sm font-semibold">
            {t.filterLabel}
          </label>
          <select id="metropole" name="metropole" defaultValue={metropolis ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">{t.allScope}</option>
            {METROPOLISES.map((m) => (
              <option key={m} value={m}>
                {fr.metropolisLong[m]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t.filterSubmit}
        </button>
      </form>

      <section aria-labelledby="metropoles" className="space-y-4">
        <h2 id="metropoles" className="text-2xl font-semibold">
          {t.byMetropolis}
        </h2>
        <ChartFrame
          id="chart-metropolis"
          title={t.byMetropolis}
          summary={t.metropolisSummary(
            stats.byMetropolis.map((m) => `${fr.metropolis[m.metropolis as Metropolis]} ${formatPercent(m.share)}`).join(", "),
          )}
          columns={[{ header: t.metropolis }, { header: t.startups, numeric: true }, { header: t.jobs, numeric: true }, { header: t.funds, numeric: true }, { header: t.share, numeric: true }]}
          rows={stats.byMetropolis.map((m) => [fr.metropolis[m.metropolis], formatInteger(m.startups), formatInteger(m.jobs), formatEuros(m.fundsEur), formatPercent(m.share)])}
        >
          <BarChart
            chartId="chart-metropolis"
            bars={stats.byMetropolis.map((m) => ({ label: fr.metropolis[m.metropolis], value: m.startups, valueLabel: `${formatInteger(m.startups)} (${formatPercent(m.share)})` }))}
          />
        </ChartFrame>
      </section>

      <section aria-labelledby="communes" className="space-y-4">
        <h2 id="communes" className="scroll-mt-4 text-2xl font-semibold">
          {t.byCommune}
        </h2>
        <StatisticsMap params={params} rows={stats.byCommune} scope={scope} />
      </section>

      <section aria-labelledby="secteurs" className="space-y-4">
        <h2 id="secteurs" className="text-2xl font-semibold">
          {t.bySector}
        </h2>
        <p className="text-sm text-slate-700">{t.multiSector}</p>
        <ChartFrame
          id="chart-sectors"
          title={t.bySector}
          summary={t.sectorSummary(stats.bySector[0]?.name ?? "—", stats.bySector[0]?.startups ?? 0)}
          columns={[{ header: t.sector }, { header: t.startups, numeric: true }, { header: t.jobs, numeric: true }, { header: t.funds, numeric: true }]}
          rows={stats.bySector.map((s) => [s.name, formatInteger(s.startups), formatInteger(s.jobs), formatEuros(s.fundsEur)])}
        >
          <BarChart chartId="chart-sectors" bars={stats.bySector.map((s) => ({ label: s.name, value: s.startups, valueLabel: formatInteger(s.startups) }))} />
        </ChartFrame>
      </section>

      <section aria-labelledby="profil" className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <h2 id="profil" className="text-2xl font-semibold lg:col-span-2">
          {t.profileTitle}
        </h2>
        <ChartFrame
          id="chart-years"
          title={t.byYear}
          summary={t.yearSummary(stats.byFoundedYear[0]?.year ?? "—", stats.byFoundedYear.at(-1)?.year ?? "—")}
          columns={[{ header: t.year }, { header: t.startups, numeric: true }]}
          rows={stats.byFoundedYear.map((y) => [String(y.year), formatInteger(y.startups)])}
        >
          <ColumnChart chartId="chart-years" columns={stats.byFoundedYear.map((y) => ({ label: String(y.year), value: y.startups }))} />
        </ChartFrame>
        <ChartFrame
          id="chart-stages"
          title={t.byStage}
          summary={t.stageSummary(fr.stage[[...stats.byStage].sort((a, b) => b.startups - a.startups)[0]!.stage])}
          columns={[{ header: t.stage }, { header: t.startups, numeric: true }]}
          rows={stats.byStage.map((s) => [fr.stage[s.stage], formatInteger(s.startups)])}
        >
          <BarChart chartId="chart-stages" bars={stats.byStage.map((s) => ({ label: fr.stage[s.stage], value: s.startups, valueLabel: formatInteger(s.startups) }))} />
        </ChartFrame>
        <ChartFrame
          id="chart-bands"
          title={t.byTeamBand}
          summary={t.hiringSummary(stats.hiring.startups, stats.hiring.share)}
          columns={[{ header: t.teamBand }, { header: t.startups, numeric: true }]}
          rows={[...stats.byTeamBand.map((b) => [fr.teamBand[b.band], formatInteger(b.startups)]), [t.hiringRow, `${formatInteger(stats.hiring.startups)} (${formatPercent(stats.hiring.share)})`]]}
        >
          <BarChart chartId="chart-bands" bars={stats.byTeamBand.map((b) => ({ label: fr.teamBand[b.band], value: b.startups, valueLabel: formatInteger(b.startups) }))} />
        </ChartFrame>
        <ChartFrame
          id="chart-communes"
          title={t.topCommunes}
          summary={t.communeSummary(stats.topCommunes[0]?.name ?? "—")}
          columns={[{ header: t.commune }, { header: t.startups, numeric: true }]}
          rows={stats.topCommunes.map((c) => [c.name, formatInteger(c.startups)])}
        >
          <BarChart chartId="chart-communes" bars={top(stats.topCommunes, 10).map((c) => ({ label: c.name, value: c.startups, valueLabel: formatInteger(c.startups) }))} />
        </ChartFrame>
      </section>

      <section aria-labelledby="croissance" className="space-y-4">
        <h2 id="croissance" className="text-2xl font-semibold">
          {t.growth}
        </h2>
        <ChartFrame
          id="chart-growth"
          title={t.growth}
          summary={t.growthSummary(stats.growth.at(-1)?.cumulative ?? 0, stats.growth[0]?.month ?? "—")}
          columns={[{ header: t.month }, { header: t.published, numeric: true }, { header: t.cumulative, numeric: true }]}
          rows={stats.growth.map((g) => [g.month, formatInteger(g.published), formatInteger(g.cumulative)])}
        >
          <LineChart chartId="chart-growth" points={stats.growth.map((g) => ({ label: g.month, value: g.cumulative }))} />
        </ChartFrame>
      </section>

      <section aria-labelledby="methode" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="methode" className="text-xl font-semibold">
          {t.methodTitle}
        </h2>
        {t.method.map((paragraph) => (
          <p key={paragraph} className="mt-3 text-slate-800">
            {paragraph}
          </p>
        ))}
        <p data-testid="freshness-share" className="mt-3 text-slate-800">
          {fr.freshness.stats.share(formatPercent(freshness.total ? freshness.confirmed / freshness.total : 0), freshness.confirmed, freshness.total)}
        </p>
        <p className="mt-3 text-slate-800">
          {t.licence}{" "}
          <Link href="/donnees-ouvertes" className="text-brand-700 underline">
            {t.openDataLink}
          </Link>
        </p>
      </section>
    </div>
  );
}
