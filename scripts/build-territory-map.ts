// npx tsx scripts/build-territory-map.ts [source-dir]
// Rebuilds lib/map/territoire.topojson.json, the outlines of the 173 member communes, from the
// IGN ADMIN EXPRESS COG 2018 GeoJSON files of Calvados and Seine-Maritime (france-geojson; see
// /work/shared/data/geo/README.md for their provenance). Which communes: @etalab/decoupage-
// administratif (lib/territory), matched by INSEE code, never the outline files' own list.
// Shared borders are stored once (TopoJSON arcs), simplified (Visvalingam) and quantized.
import fs from "node:fs";
import path from "node:path";
import { geoContains } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import { listCommunes } from "@/lib/territory";
import { OUTLINE_FALLBACKS } from "@/lib/map/sources";

const TERRITORY_TOPOLOGY_PATH = path.resolve(import.meta.dirname, "../lib/map/territoire.topojson.json");

const sourceDir = process.argv[2] ?? "/work/shared/data/geo";
const SOURCES = ["communes-14-calvados.geojson", "communes-76-seine-maritime.geojson"];
/** Share of the arc points kept: outlines still read well at 1280 px, and the page stays light. */
const KEEP = 0.35;
const QUANTIZATION = 1e4;

type SourceFeature = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;

const outlines = new Map<string, SourceFeature>();
for (const file of SOURCES) {
  const collection = JSON.parse(fs.readFileSync(path.join(sourceDir, file), "utf8")) as FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }>;
  for (const feature of collection.features) outlines.set(feature.properties.code, feature);
}

const members = listCommunes();
const features: Feature<Geometry, Record<string, never>>[] = [];
const problems: string[] = [];
for (const commune of members) {
  const own = outlines.get(commune.code);
  const fallback = OUTLINE_FALLBACKS[commune.code];
  if (own) {
    features.push({ type: "Feature", id: commune.code, properties: {}, geometry: own.geometry });
  } else if (fallback) {
    // No outline of its own (it was part of another commune in 2018): a point inside the 2018
    // outline it belonged to, checked here so that a wrong coordinate cannot slip in.
    const parent = outlines.get(fallback.within);
    if (!parent || !geoContains(parent, fallback.point)) problems.push(`${commune.code} ${commune.name}: its point is not inside ${fallback.within}`);
    features.push({ type: "Feature", id: commune.code, properties: {}, geometry: { type: "Point", coordinates: fallback.point } });
  } else {
    problems.push(`${commune.code} ${commune.name}: no outline in the sources and no entry in OUTLINE_FALLBACKS (lib/map/sources.ts)`);
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}

const collection: FeatureCollection = { type: "FeatureCollection", features };
const weighted = presimplify(topology({ communes: collection }) as Parameters<typeof presimplify>[0]);
const simplified = quantize(simplify(weighted, quantile(weighted, KEEP)) as Parameters<typeof quantize>[0], QUANTIZATION);
// Properties are dropped: names, metropolises and populations come from the package at run time.
const text = JSON.stringify(simplified);
fs.writeFileSync(TERRITORY_TOPOLOGY_PATH, `${text}\n`);
console.log(`${features.length} communes -> ${path.relative(process.cwd(), TERRITORY_TOPOLOGY_PATH)} (${(text.length / 1024).toFixed(1)} kB)`);
