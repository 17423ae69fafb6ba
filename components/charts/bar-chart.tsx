// Horizontal bars, rendered on the server as SVG with d3-scale. Every bar carries its value as
// text, so colour never carries meaning alone.
import { scaleBand, scaleLinear } from "d3-scale";

export type Bar = { label: string; value: number; valueLabel: string };

const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 110;
const ROW = 28;

export function BarChart({ bars, chartId }: { bars: Bar[]; chartId: string }) {
  const height = Math.max(ROW, bars.length * ROW);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((bar) => bar.value))])
    .range([0, WIDTH - LABEL_WIDTH - VALUE_WIDTH]);
  const y = scaleBand()
    .domain(bars.map((_, index) => String(index)))
    .range([0, height])
    .padding(0.25);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${chartId}-title`} aria-describedby={`${chartId}-summary`} className="h-auto w-full" preserveAspectRatio="xMinYMin meet">
      {bars.map((bar, index) => {
        const top = y(String(index)) ?? 0;
        const middle = top + y.bandwidth() / 2;
        return (
          <g key={bar.label}>
            <text x={LABEL_WIDTH - 8} y={middle} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#0f172a">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={top} width={Math.max(bar.value > 0 ? 2 : 0, x(bar.value))} height={y.bandwidth()} rx="3" fill="#174d8a" />
            <text x={LABEL_WIDTH + x(bar.value) + 6} y={middle} dominantBaseline="middle" fontSize="13" fill="#0f172a">
              {bar.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
