// The territory as a server-rendered SVG choropleth: each commune shaded by a value, a link when
// `hrefFor` is given, with its name, metropolis and value as its accessible name and <title>.
// No JavaScript of its own. The communes' links are plain <a>, not next/link: 173 client
// components cost the statistics page 2–5× its map's render time, their props in the page's
// payload, and hydration work in the browser, to save a reload of a cached page (issue 13).
import { cn } from "@/lib/cn";
import { dictionary } from "@/lib/i18n/server";
import { classBounds, classOf, type MapClass } from "@/lib/map/classes";
import type { CommuneShape, MapGeometry } from "@/lib/map/geometry";
import { MapCredits } from "./map-credits";
import { MapLegend } from "./map-legend";
/** Height of the band under the map: the scale bar, and the details of the commune in focus. */
const BAND = 34;
const POINT_RADIUS = 5;

type Props = {
  /** Prefix for the ids inside the SVG, unique on the page. */
  id: string;
  geometry: MapGeometry;
  title: string;
  /** The value that shades each commune, by INSEE code (missing: zero). */
  values: Record<string, number>;
  /** The accessible name of a commune, and its <title>. */
  describe: (commune: CommuneShape, value: number) => string;
  legendTitle: string;
  formatBound: (value: number) => string;
  hrefFor?: (code: string) => string;
  /** A commune drawn with a stronger outline (the directory's filter, or a profile's commune). */
  selected?: string | null;
  /** A small map: no metropolis names, no legend (one commune is highlighted). */
  compact?: boolean;
};

/** Communes with nothing: white under grey hatching (the map's own pattern), unlike any class. */
function fillFor(classes: MapClass[], value: number, zeroId: string): string {
  return classOf(classes, value)?.color ?? `url(#${zeroId})`;
}

// Styles set once on the <svg>, not on each of the 173 communes: the page stays light.
const COMMUNE_STYLES = [
  "[&_[data-commune]>path]:stroke-[#6b7280] [&_[data-commune]>path]:[stroke-width:0.5]",
  "[&_[data-commune]>circle]:stroke-black [&_[data-commune]>circle]:[stroke-width:1]",
  "[&_a:hover>path]:stroke-black [&_a:hover>path]:[stroke-width:2] [&_a:hover>circle]:[stroke-width:2.5]",
  "[&_a:focus-visible>path]:stroke-black [&_a:focus-visible>path]:[stroke-width:3] [&_a:focus-visible>circle]:[stroke-width:3]",
  "[&_a]:outline-none [&_a>text]:hidden [&_a:hover>text]:inline [&_a:focus-visible>text]:inline",
  "[&_a>text]:fill-slate-900 [&_a>text]:text-[14px] [&_a>text]:font-semibold",
].join(" ");

export function TerritoryMap({ id, geometry, title, values, describe, legendTitle, formatBound, hrefFor, selected = null, compact = false }: Props) {
  const t = dictionary().map;
  const classes = classBounds(geometry.communes.map((commune) => values[commune.code] ?? 0));
  const { width, height, scaleBar } = geometry;
  const selectedShape = geometry.communes.find((commune) => commune.code === selected);
  const titleId = `${id}-titre`;
  // Prefixed like every id in the SVG: two maps on one page must not repeat an id.
  const zeroId = `${id}-zero`;

  const shape = (commune: CommuneShape, value: number, label: string) => {
    const fill = compact ? (commune.code === selected ? "#2c7fb8" : "#f1f5f9") : fillFor(classes, value, zeroId);
    const drawing = commune.d ? (
      <path d={commune.d} fill={fill} />
    ) : commune.point ? (
      <circle cx={commune.point[0]} cy={commune.point[1]} r={POINT_RADIUS} fill={fill} />
    ) : null;
    if (!drawing) return null;
    if (!hrefFor) {
      return (
        <g key={commune.code} data-commune={commune.code}>
          {drawing}
        </g>
      );
    }
    return (
      <a key={commune.code} href={hrefFor(commune.code)} aria-label={label} data-commune={commune.code}>
        <title>{label}</title>
        {drawing}
        <text x={12} y={height + 22} aria-hidden="true">
          {label}
        </text>
      </a>
    );
  };

  return (
    <figure className="min-w-0">
      <svg
        viewBox={`0 0 ${width} ${height + (compact ? 0 : BAND)}`}
        className={cn("block h-auto w-full max-w-full", COMMUNE_STYLES)}
        role={hrefFor ? "group" : "img"}
        aria-labelledby={titleId}
        data-map={id}
      >
        <title id={titleId}>{title}</title>
        <defs>
          <pattern id={zeroId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#9ca3af" strokeWidth="1.5" />
          </pattern>
        </defs>
        {/* Polygons first, then points, so that a commune drawn as a point stays on top. */}
        <g>
          {[...geometry.communes.filter((commune) => commune.d), ...geometry.communes.filter((commune) => commune.point)].map((commune) => {
            const value = values[commune.code] ?? 0;
            return shape(commune, value, describe(commune, value));
          })}
        </g>
        <g fill="none" stroke="#0f172a" strokeWidth="1.75" strokeLinejoin="round" pointerEvents="none">
          {geometry.metropolises.map((metropolis) => (
            <path key={metropolis.metropolis} d={metropolis.d} />
          ))}
        </g>
        {selectedShape && (
          <g fill="none" stroke="#000" strokeWidth="3" pointerEvents="none" data-selected={selectedShape.code}>
            {selectedShape.d ? <path d={selectedShape.d} /> : selectedShape.point && <circle cx={selectedShape.point[0]} cy={selectedShape.point[1]} r={POINT_RADIUS + 1} />}
          </g>
        )}
        {!compact && (
          <g pointerEvents="none" aria-hidden="true" className="fill-slate-950 text-[18px] font-bold" stroke="#fff" strokeWidth="4" paintOrder="stroke" strokeLinejoin="round">
            {geometry.metropolises.map((metropolis) => (
              <text key={metropolis.metropolis} x={metropolis.label[0]} y={metropolis.label[1]} textAnchor="middle" dominantBaseline="middle">
                {dictionary().metropolis[metropolis.metropolis]}
              </text>
            ))}
          </g>
        )}
        {!compact && (
          <g aria-hidden="true" transform={`translate(${width - 12 - scaleBar.px} ${height + 8})`} className="fill-slate-900 text-[13px]">
            <path d={`M0 4 V10 H${scaleBar.px} V4`} fill="none" stroke="#0f172a" strokeWidth="1.5" />
            <text x={scaleBar.px / 2} y={24} textAnchor="middle">
              {t.scaleBar(scaleBar.km)}
            </text>
          </g>
        )}
      </svg>
      {!compact && <MapLegend title={legendTitle} classes={classes} formatBound={formatBound} />}
      <MapCredits communes={geometry.communes} />
    </figure>
  );
}
