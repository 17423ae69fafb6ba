// The agenda's figures on /statistiques: events per year and per metropolis (live events only).
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ColumnChart } from "@/components/charts/column-chart";
import { dictionary } from "@/lib/i18n/server";
import type { eventStatistics } from "@/lib/events/public";

type EventStats = Awaited<ReturnType<typeof eventStatistics>>;

export function EventStatistics({ stats }: { stats: EventStats }) {
  if (stats.perYear.length === 0) return null;
  // Read at render, in the page's language (a module-level dictionary would stay French).
  const d = dictionary();
  const t = d.events.stats;
  const formatInteger = d.format.integer;
  const placeLabel = (place: EventStats["perMetropolis"][number]["place"]) => (place === "online" ? t.online : d.metropolisLong[place]);
  const total = stats.perYear.reduce((sum, row) => sum + row.count, 0);
  const top = [...stats.perMetropolis].sort((a, b) => b.count - a.count)[0]!;
  return (
    <section aria-labelledby="evenements" className="space-y-4">
      <h2 id="evenements" className="text-2xl font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-slate-700">{t.note2014}</p>
      <ChartFrame
        id="chart-event-years"
        title={t.perYear}
        summary={t.yearSummary(total, stats.perYear.length)}
        columns={[{ header: t.year }, { header: t.count, numeric: true }]}
        rows={stats.perYear.map((row) => [String(row.year), formatInteger(row.count)])}
      >
        <ColumnChart chartId="chart-event-years" columns={stats.perYear.map((row) => ({ label: String(row.year), value: row.count }))} />
      </ChartFrame>
      <ChartFrame
        id="chart-event-places"
        title={t.perMetropolis}
        summary={t.metropolisSummary(placeLabel(top.place))}
        columns={[{ header: t.place }, { header: t.count, numeric: true }]}
        rows={stats.perMetropolis.map((row) => [placeLabel(row.place), formatInteger(row.count)])}
      >
        <BarChart chartId="chart-event-places" bars={stats.perMetropolis.map((row) => ({ label: placeLabel(row.place), value: row.count, valueLabel: formatInteger(row.count) }))} />
      </ChartFrame>
    </section>
  );
}
