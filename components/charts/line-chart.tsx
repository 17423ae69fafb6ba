// A cumulative line over time, rendered on the server as SVG with d3-scale and d3-shape. The
// curve sits in an inner SVG stretched to the full width (its stroke does not scale); the text is
// in the outer SVG at a fixed size, placed in percentages, so it is the same size at every width.
import { scaleLinear, scalePoint } from "d3-scale";
import { area, line } from "d3-shape";

export type Point = { label: string; value: number };

const PLOT_WIDTH = 1000; // the inner SVG's own units, stretched to the available width
const HEIGHT = 220;
const MARGIN = { top: 16, bottom: 30 };

export function LineChart({ points, chartId }: { points: Point[]; chartId: string }) {
  const x = scalePoint()
    .domain(points.map((point) => point.label))
    .range([0, PLOT_WIDTH]);
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
    <svg width="100%" height={HEIGHT} role="img" aria-labelledby={`${chartId}-title`} aria-describedby={`${chartId}-summary`} className="block">
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1="0" x2="100%" y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
          {/* Each tick's value sits just above its grid line, at the left edge. */}
          <text x="2" y={y(tick) - 3} fontSize="11" fill="#334155">
            {tick}
          </text>
        </g>
      ))}
      <svg x="0" y="0" width="100%" height={HEIGHT} viewBox={`0 0 ${PLOT_WIDTH} ${HEIGHT}`} preserveAspectRatio="none" overflow="visible">
        {fill && <path d={fill} fill="#d7e5f5" />}
        {path && <path d={path} fill="none" stroke="#174d8a" strokeWidth="2.5" vectorEffect="non-scaling-stroke" />}
      </svg>
      {first && (
        <text x="0" y={HEIGHT - 8} fontSize="11" fill="#334155">
          {first.label}
        </text>
      )}
      {last && last !== first && (
        <text x="100%" y={HEIGHT - 8} textAnchor="end" fontSize="11" fill="#334155">
          {last.label}
        </text>
      )}
    </svg>
  );
}
