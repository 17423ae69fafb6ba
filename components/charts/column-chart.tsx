// Vertical columns (a histogram), rendered on the server as SVG with d3-scale.
import { scaleBand, scaleLinear } from "d3-scale";

export type Column = { label: string; value: number };

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 18, bottom: 36, left: 8, right: 8 };

export function ColumnChart({ columns, chartId }: { columns: Column[]; chartId: string }) {
  const x = scaleBand()
    .domain(columns.map((column) => column.label))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...columns.map((column) => column.value))])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  // Label every column when they fit, otherwise every other one.
  const step = columns.length > 16 ? 2 : 1;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${chartId}-title`} aria-describedby={`${chartId}-summary`} className="h-auto w-full">
      {columns.map((column, index) => {
        const left = x(column.label) ?? 0;
        return (
          <g key={column.label}>
            <rect x={left} y={y(column.value)} width={x.bandwidth()} height={HEIGHT - MARGIN.bottom - y(column.value)} fill="#174d8a" rx="2" />
            {column.value > 0 && (
              <text x={left + x.bandwidth() / 2} y={y(column.value) - 4} textAnchor="middle" fontSize="11" fill="#0f172a">
                {column.value}
              </text>
            )}
            {index % step === 0 && (
              <text x={left + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="11" fill="#334155">
                {column.label}
              </text>
            )}
          </g>
        );
      })}
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} stroke="#64748b" />
    </svg>
  );
}
