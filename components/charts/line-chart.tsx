// A cumulative line over time, rendered on the server as SVG with d3-scale and d3-shape.
import { scaleLinear, scalePoint } from "d3-scale";
import { area, line } from "d3-shape";

export type Point = { label: string; value: number };

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 16, bottom: 30, left: 50, right: 16 };

export function LineChart({ points, chartId }: { points: Point[]; chartId: string }) {
  const x = scalePoint()
    .domain(points.map((point) => point.label))
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const max = Math.max(1, ...points.map((point) => point.value));
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<Point>()
    .x((point) => x(point.label) ?? 0)
    .y((point) => y(point.value))(points);
  const fill = area<Point>()
    .x((point) => x(point.label) ?? 0)
    .y0(HEIGHT - MARGIN.bottom)
    .y1((point) => y(point.value))(points);
  const first = points[0];
  const last = points.at(-1);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${chartId}-title`} aria-describedby={`${chartId}-summary`} className="h-auto w-full">
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
          <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#334155">
            {tick}
          </text>
        </g>
      ))}
      {fill && <path d={fill} fill="#d7e5f5" />}
      {path && <path d={path} fill="none" stroke="#174d8a" strokeWidth="2.5" />}
      {first && (
        <text x={x(first.label)} y={HEIGHT - 8} fontSize="11" fill="#334155">
          {first.label}
        </text>
      )}
      {last && last !== first && (
        <text x={x(last.label)} y={HEIGHT - 8} textAnchor="end" fontSize="11" fill="#334155">
          {last.label}
        </text>
      )}
    </svg>
  );
}
