// Horizontal bars, rendered on the server as plain HTML: the bars' lengths are percentages, and
// the labels are ordinary text, so they keep the page's text size at every width (an SVG with a
// viewBox scales its text with the picture). Every bar carries its value as text, so colour
// never carries meaning alone.
import { scaleLinear } from "d3-scale";

export type Bar = { label: string; value: number; valueLabel: string };

export function BarChart({ bars, chartId }: { bars: Bar[]; chartId: string }) {
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((bar) => bar.value))])
    .range([0, 100]);
  return (
    <div role="img" aria-labelledby={`${chartId}-title`} aria-describedby={`${chartId}-summary`} className="grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)] items-center sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm text-slate-900">
      {bars.map((bar) => (
        <div key={bar.label} className="contents">
          <span className="break-words text-right leading-tight">{bar.label}</span>
          <span className="flex min-w-0 items-center gap-2">
            <span className="h-4 min-w-px shrink rounded-sm bg-brand-700" style={{ width: `${bar.value > 0 ? Math.max(1, x(bar.value) * 0.8) : 0}%` }} />
            <span className="shrink-0 tabular-nums">{bar.valueLabel}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
