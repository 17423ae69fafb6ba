// Vertical columns (a histogram), rendered on the server as SVG with d3-scale. Horizontal
// positions are percentages of the width and the height is fixed, so the text keeps its size
// at every width (no viewBox scaling).
import { scaleBand, scaleLinear } from "d3-scale";

export type Column = { label: string; value: number };

const HEIGHT = 220;
const MARGIN = { top: 18, bottom: 36 };

export function ColumnChart({ columns, chartId }: { columns: Column[]; chartId: string }) {
  const x = scaleBand()
    .domain(columns.map((column) => column.label))
    .range([1, 99])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...columns.map((column) => column.value))])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  // Label every column when they fit, otherwise every other (or fourth) one.
  const step = columns.length > 32 ? 4 : columns.length > 12 ? 2 : 1;
  const pct = (value: number) => `${value}%`;
  return (
    <svg width="100%" height={HEIGHT} role="img" aria-labelledby={`${chartId}-title`} aria-describedby={`${chartId}-summary`} className="block">
      {columns.map((column, index) => {
        const left = x(column.label) ?? 0;
        const centre = pct(left + x.bandwidth() / 2);
        return (
          <g key={column.label}>
            <rect x={pct(left)} y={y(column.value)} width={pct(x.bandwidth())} height={HEIGHT - MARGIN.bottom - y(column.value)} fill="#174d8a" rx="2" />
            {column.value > 0 && (
              <text x={centre} y={y(column.value) - 4} textAnchor="middle" fontSize="11" fill="#0f172a">
                {column.value}
              </text>
            )}
            {index % step === 0 && (
              <text x={centre} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="11" fill="#334155">
                {column.label}
              </text>
            )}
          </g>
        );
      })}
      <line x1="1%" x2="99%" y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} stroke="#64748b" />
    </svg>
  );
}
