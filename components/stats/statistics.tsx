import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ColumnChart } from "@/components/charts/column-chart";
import { LineChart } from "@/components/charts/line-chart";
import { currentLang, dictionary, href } from "@/lib/i18n/server";
import { sectorName } from "@/lib/sectors";
import { METROPOLISES, type Metropolis } from "@/lib/startups/options";
import type { Stats } from "@/lib/stats/compute";
import type { ConfirmedShare } from "@/lib/freshness/public";
import type { StatisticsParams } from "@/lib/stats/page-params";
import { StatisticsMap } from "@/components/map/statistics-map";

/** The statistics page's content, for the whole ecosystem or one metropolis. */
export function Statistics({ params, stats, freshness }: { params: StatisticsParams; stats: Stats; freshness: ConfirmedShare }) {
  const t = dictionary().stats;
  const { metropolis } = params;
  const scope = metropolis ? dictionary().metropolisLong[metropolis] : t.allScope;
  const top = <T,>(rows: T[], n: number) => rows.slice(0, n);
  const lang = currentLang();
  // `name` is the French name, `nameEn` the English one (lib/stats/compute).
  const sector = (s: Stats["bySector"][number]) => sectorName({ nameFr: s.name, nameEn: s.nameEn }, lang);

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

      <form method="get" action={href("/statistiques")} className="flex flex-wrap items-end gap-3" aria-label={t.filterLabel}>
        <div>
          <label htmlFor="metropole" className="mb-1 block text-sm font-semibold">
            {t.filterLabel}
          </label>
          <select id="metropole" name="metropole" defaultValue={metropolis ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">{t.allScope}</option>
            {METROPOLISES.map((m) => (
              <option key={m} value={m}>
                {dictionary().metropolisLong[m]}
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
            stats.byMetropolis.map((m) => `${dictionary().metropolis[m.metropolis as Metropolis]} ${dictionary().format.percent(m.share)}`).join(", "),
          )}
          columns={[{ header: t.metropolis }, { header: t.startups, numeric: true }, { header: t.jobs, numeric: true }, { header: t.funds, numeric: true }, { header: t.share, numeric: true }]}
          rows={stats.byMetropolis.map((m) => [dictionary().metropolis[m.metropolis], dictionary().format.integer(m.startups), dictionary().format.integer(m.jobs), dictionary().format.euros(m.fundsEur), dictionary().format.percent(m.share)])}
        >
          <BarChart
            chartId="chart-metropolis"
            bars={stats.byMetropolis.map((m) => ({ label: dictionary().metropolis[m.metropolis], value: m.startups, valueLabel: `${dictionary().format.integer(m.startups)} (${dictionary().format.percent(m.share)})` }))}
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
          summary={t.sectorSummary(stats.bySector[0] ? sector(stats.bySector[0]) : "—", stats.bySector[0]?.startups ?? 0)}
          columns={[{ header: t.sector }, { header: t.startups, numeric: true }, { header: t.jobs, numeric: true }, { header: t.funds, numeric: true }]}
          rows={stats.bySector.map((s) => [sector(s), dictionary().format.integer(s.startups), dictionary().format.integer(s.jobs), dictionary().format.euros(s.fundsEur)])}
        >
          <BarChart chartId="chart-sectors" bars={stats.bySector.map((s) => ({ label: sector(s), value: s.startups, valueLabel: dictionary().format.integer(s.startups) }))} />
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
          rows={stats.byFoundedYear.map((y) => [String(y.year), dictionary().format.integer(y.startups)])}
        >
          <ColumnChart chartId="chart-years" columns={stats.byFoundedYear.map((y) => ({ label: String(y.year), value: y.startups }))} />
        </ChartFrame>
        <ChartFrame
          id="chart-stages"
          title={t.byStage}
          summary={t.stageSummary(dictionary().stage[[...stats.byStage].sort((a, b) => b.startups - a.startups)[0]!.stage])}
          columns={[{ header: t.stage }, { header: t.startups, numeric: true }]}
          rows={stats.byStage.map((s) => [dictionary().stage[s.stage], dictionary().format.integer(s.startups)])}
        >
          <BarChart chartId="chart-stages" bars={stats.byStage.map((s) => ({ label: dictionary().stage[s.stage], value: s.startups, valueLabel: dictionary().format.integer(s.startups) }))} />
        </ChartFrame>
        <ChartFrame
          id="chart-bands"
          title={t.byTeamBand}
          summary={t.hiringSummary(stats.hiring.startups, stats.hiring.share)}
          columns={[{ header: t.teamBand }, { header: t.startups, numeric: true }]}
          rows={[...stats.byTeamBand.map((b) => [dictionary().teamBand[b.band], dictionary().format.integer(b.startups)]), [t.hiringRow, `${dictionary().format.integer(stats.hiring.startups)} (${dictionary().format.percent(stats.hiring.share)})`]]}
        >
          <BarChart chartId="chart-bands" bars={stats.byTeamBand.map((b) => ({ label: dictionary().teamBand[b.band], value: b.startups, valueLabel: dictionary().format.integer(b.startups) }))} />
        </ChartFrame>
        <ChartFrame
          id="chart-communes"
          title={t.topCommunes}
          summary={t.communeSummary(stats.topCommunes[0]?.name ?? "—")}
          columns={[{ header: t.commune }, { header: t.startups, numeric: true }]}
          rows={stats.topCommunes.map((c) => [c.name, dictionary().format.integer(c.startups)])}
        >
          <BarChart chartId="chart-communes" bars={top(stats.topCommunes, 10).map((c) => ({ label: c.name, value: c.startups, valueLabel: dictionary().format.integer(c.startups) }))} />
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
          rows={stats.growth.map((g) => [g.month, dictionary().format.integer(g.published), dictionary().format.integer(g.cumulative)])}
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
          {dictionary().freshness.stats.share(dictionary().format.percent(freshness.total ? freshness.confirmed / freshness.total : 0), freshness.confirmed, freshness.total)}
        </p>
        <p className="mt-3 text-slate-800">
          {t.licence}{" "}
          <Link href={href("/donnees-ouvertes")} className="text-brand-700 underline">
            {t.openDataLink}
          </Link>
        </p>
      </section>
    </div>
  );
}
