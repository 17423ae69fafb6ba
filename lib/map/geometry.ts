// The map's drawing, projected once per (scope, width) and kept: the outlines never change while
// the process runs, only the colours do. A conformal conic projection (angles kept, as on IGN's
// Lambert maps) with its standard parallels around the territory's latitudes, fitted to the
// communes shown.
import { geoCentroid, geoConicConformal, geoDistance, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { listCommunes, type Commune } from "@/lib/territory";
import { METROPOLISES, type Metropolis } from "@/lib/startups/options";
import topologyJson from "./territoire.topojson.json";

export const territoryTopology = topologyJson as unknown as Topology<{ communes: GeometryCollection }>;

export type CommuneShape = Commune & {
  /** The outline as SVG path data, or null for a commune drawn as a point (see lib/map/sources). */
  d: string | null;
  /** Where its point is drawn (communes without an outline), in the map's coordinates. */
  point: [number, number] | null;
};

export type MapGeometry = {
  width: number;
  /** Height of the map itself; the SVG adds a band below it for the scale bar and details. */
  height: number;
  communes: CommuneShape[];
  metropolises: { metropolis: Metropolis; d: string; label: [number, number] }[];
  scaleBar: { km: number; px: number };
};

const PADDING = 12;
const EARTH_RADIUS_KM = 6371;
const NICE_KM = [1, 2, 5, 10, 20, 50];

/** Every member commune's geometry from the committed TopoJSON, by INSEE code. */
function geometriesByCode(): Map<string, Feature<Polygon | MultiPolygon | Point>> {
  const collection = feature(territoryTopology, territoryTopology.objects.communes) as FeatureCollection<Polygon | MultiPolygon | Point>;
  return new Map(collection.features.map((item) => [String(item.id), item]));
}

let byCode: Map<string, Feature<Polygon | MultiPolygon | Point>> | null = null;
const drawn = new Map<string, MapGeometry>();

/** The communes of one metropolis, or of all three, as GeoJSON features by code. */
export function communeFeatures(scope: Metropolis | null): { commune: Commune; feature: Feature<Polygon | MultiPolygon | Point> | undefined }[] {
  byCode ??= geometriesByCode();
  return listCommunes()
    .filter((commune) => scope === null || commune.metropolis === scope)
    .map((commune) => ({ commune, feature: byCode!.get(commune.code) }));
}

export function mapGeometry(scope: Metropolis | null, width: number): MapGeometry {
  const key = `${scope ?? "all"}:${width}`;
  const known = drawn.get(key);
  if (known) return known;

  const members = communeFeatures(scope);
  const areas = members.flatMap(({ feature: item }) => (item && item.geometry.type !== "Point" ? [item as Feature<Geometry>] : []));
  const fitted: FeatureCollection = { type: "FeatureCollection", features: areas };
  const [longitude] = geoCentroid(fitted);
  const projection = geoConicConformal()
    .parallels([49.1, 49.7])
    .rotate([-longitude, 0])
    .fitWidth(width - 2 * PADDING, fitted);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(fitted);
  projection.translate([projection.translate()[0] + PADDING, projection.translate()[1] - top + PADDING]);
  const height = Math.ceil(bottom - top + 2 * PADDING);

  const communes: CommuneShape[] = members.map(({ commune, feature: item }) => {
    if (!item) return { ...commune, d: null, point: null };
    if (item.geometry.type === "Point") {
      const [x, y] = projection(item.geometry.coordinates as [number, number])!;
      return { ...commune, d: null, point: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] };
    }
    return { ...commune, d: path(item), point: null };
  });

  const metropolises = METROPOLISES.filter((metropolis) => scope === null || metropolis === scope).map((metropolis) => {
    const codes = new Set(listCommunes().filter((commune) => commune.metropolis === metropolis).map((commune) => commune.code));
    const outline = merge(
      territoryTopology,
      territoryTopology.objects.communes.geometries.filter((item) => codes.has(String(item.id)) && item.type !== "Point") as never,
    );
    const [x, y] = path.centroid(outline);
    return { metropolis, d: path(outline) ?? "", label: [Math.round(x), Math.round(y)] as [number, number] };
  });

  // A bar of a round length, about a fifth of the map's width, measured at the map's centre.
  const centre: [number, number] = [width / 2, height / 2];
  const kmPerPx = (geoDistance(projection.invert!(centre)!, projection.invert!([centre[0] + 100, centre[1]])!) * EARTH_RADIUS_KM) / 100;
  const km = [...NICE_KM].reverse().find((candidate) => candidate / kmPerPx <= width / 5) ?? NICE_KM[0]!;
  const geometry: MapGeometry = { width, height, communes, metropolises, scaleBar: { km, px: Math.round(km / kmPerPx) } };
  drawn.set(key, geometry);
  return geometry;
}
