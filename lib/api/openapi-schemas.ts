// The schemas of the open data API's responses (components.schemas of lib/api/openapi.ts).
// Tests validate real responses against them (lib/api/api.test.ts) and type-check a client
// generated from them (lib/api/openapi-client.test.ts).
import { API_MAX_PAGE_SIZE } from "./params";
import { LICENCE } from "./http";
import { both, STAGE_CODES, TEAM_BAND_CODES } from "./openapi-text";
import { METROPOLISES, STAGES, TEAM_BAND_IDS } from "@/lib/startups/options";
import { eventSchemas } from "@/lib/events/openapi";

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const figures = {
  startups: { type: "integer", minimum: 0 },
  jobs: { type: "integer", minimum: 0 },
  fundsEur: { type: "integer", minimum: 0 },
};
const labels = { $ref: "#/components/schemas/Labels" };
const row = (required: string[], properties: Record<string, unknown>) => ({ type: "object", required, properties, additionalProperties: false });

const stats = {
  type: "object",
  additionalProperties: false,
  required: ["computedAt", "metropolis", "totals", "byMetropolis", "bySector", "byFoundedYear", "byStage", "hiring", "byTeamBand", "growth", "topCommunes", "byCommune"],
  properties: {
    computedAt: { type: "string", format: "date-time" },
    metropolis: { enum: [...METROPOLISES, null] },
    totals: row(Object.keys(figures), figures),
    byMetropolis: { type: "array", items: row(["metropolis", "share", ...Object.keys(figures)], { metropolis: { enum: METROPOLISES }, share: { type: "number", minimum: 0, maximum: 1 }, ...figures }) },
    bySector: {
      type: "array",
      items: row(["slug", "name", "labels", ...Object.keys(figures)], {
        slug: { type: "string" },
        name: { type: "string", description: both("Nom français du secteur (conservé pour compatibilité ; voir `labels`).", "French name of the sector (kept for compatibility; see `labels`).") },
        labels,
        ...figures,
      }),
    },
    byFoundedYear: { type: "array", items: row(["year", "startups"], { year: { type: "integer" }, startups: figures.startups }) },
    byStage: { type: "array", items: row(["stage", "labels", "startups"], { stage: { enum: STAGES, description: STAGE_CODES }, labels, startups: figures.startups }) },
    hiring: row(["startups", "share"], { startups: figures.startups, share: { type: "number", minimum: 0, maximum: 1 } }),
    byTeamBand: { type: "array", items: row(["band", "labels", "startups"], { band: { enum: TEAM_BAND_IDS, description: TEAM_BAND_CODES }, labels, startups: figures.startups }) },
    growth: {
      type: "array",
      items: row(["month", "published", "cumulative"], { month: { type: "string", pattern: "^\\d{4}-\\d{2}$" }, published: figures.startups, cumulative: figures.startups }),
    },
    topCommunes: { type: "array", items: row(["code", "name", "startups"], { code: { type: "string" }, name: { type: "string" }, startups: figures.startups }) },
    byCommune: {
      type: "array",
      description: both(
        "Chaque commune membre du périmètre, y compris celles sans startup. Population légale INSEE (@etalab/decoupage-administratif) ; taux arrondis au dixième.",
        "Every member commune of the scope, including those without a startup. INSEE legal population (@etalab/decoupage-administratif); rates rounded to one decimal.",
      ),
      items: row(["code", "name", "metropolis", "population", "startups", "jobs", "startupsPer10k", "jobsPer10k"], {
        code: { type: "string", pattern: "^\\d[\\dAB]\\d{3}$", description: both("Code INSEE.", "INSEE code.") },
        name: { type: "string" },
        metropolis: { enum: METROPOLISES },
        population: { type: "integer", minimum: 0 },
        startups: figures.startups,
        jobs: figures.jobs,
        startupsPer10k: nullable("number", { minimum: 0, description: both("Startups pour 10 000 habitants.", "Startups per 10,000 inhabitants.") }),
        jobsPer10k: nullable("number", { minimum: 0, description: both("Emplois pour 10 000 habitants.", "Jobs per 10,000 inhabitants.") }),
      }),
    },
  },
};

const pair = { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 };
const topology = {
  type: "object",
  description: both(
    "TopoJSON (objet « communes » : une géométrie par commune membre, identifiée par son code INSEE).",
    "TopoJSON (object “communes”: one geometry per member commune, identified by its INSEE code).",
  ),
  required: ["type", "objects", "arcs", "transform", "metadata"],
  properties: {
    type: { const: "Topology" },
    bbox: { type: "array", items: { type: "number" }, minItems: 4, maxItems: 4 },
    transform: { type: "object", required: ["scale", "translate"], properties: { scale: pair, translate: pair }, additionalProperties: false },
    arcs: { type: "array", items: { type: "array", items: { type: "array", items: { type: "number" } } } },
    objects: {
      type: "object",
      required: ["communes"],
      properties: {
        communes: {
          type: "object",
          required: ["type", "geometries"],
          properties: {
            type: { const: "GeometryCollection" },
            geometries: {
              type: "array",
              items: {
                type: "object",
                required: ["type", "id", "properties"],
                properties: {
                  type: { enum: ["Polygon", "MultiPolygon", "Point"] },
                  id: { type: "string" },
                  arcs: {
                    type: "array",
                    description: both("Polygon : anneaux d’indices d’arcs ; MultiPolygon : polygones de ces anneaux.", "Polygon: rings of arc indices; MultiPolygon: polygons of such rings."),
                    items: { type: "array", items: { oneOf: [{ type: "integer" }, { type: "array", items: { type: "integer" } }] } },
                  },
                  coordinates: { ...pair, description: both("Point seulement (commune sans contour).", "Point only (a commune without an outline).") },
                  properties: {
                    type: "object",
                    required: ["code", "nom", "metropole", "population"],
                    properties: { code: { type: "string" }, nom: { type: "string" }, metropole: { enum: METROPOLISES }, population: { type: "integer", minimum: 0 } },
                  },
                },
              },
            },
          },
        },
      },
    },
    metadata: {
      type: "object",
      required: ["licence", "licenceUrl", "sources"],
      properties: { licence: { type: "string" }, licenceUrl: { type: "string" }, sources: { type: "array", items: { type: "string" } }, notes: { type: "array", items: { type: "string" } } },
    },
  },
};

export const apiSchemas = {
  ...eventSchemas,
  Labels: {
    type: "object",
    additionalProperties: false,
    required: ["fr", "en"],
    description: both("Le libellé d’un code, en français et en anglais.", "The label of a code, in French and in English."),
    properties: { fr: { type: "string" }, en: { type: "string" } },
  },
  Meta: {
    type: "object",
    required: ["licence", "licenceUrl", "source", "generatedAt"],
    properties: {
      licence: { const: LICENCE.name },
      licenceUrl: { type: "string", format: "uri" },
      source: { type: "string" },
      generatedAt: { type: "string", format: "date-time" },
      page: { type: "integer", minimum: 1 },
      size: { type: "integer", minimum: 1, maximum: API_MAX_PAGE_SIZE },
      total: { type: "integer", minimum: 0 },
      pageCount: { type: "integer", minimum: 1 },
    },
  },
  Startup: {
    type: "object",
    additionalProperties: false,
    required: ["slug", "url", "name", "tagline", "description", "metropolis", "communeCode", "commune", "sectors", "foundedYear", "teamSize", "fundsRaisedEur", "stage", "hiring", "website", "linkedinUrl", "twitterUrl", "publishedAt", "updatedAt"],
    properties: {
      slug: { type: "string" },
      url: { type: "string", format: "uri" },
      name: { type: "string" },
      tagline: { type: "string" },
      description: { type: "string" },
      metropolis: { enum: METROPOLISES },
      communeCode: { type: "string" },
      commune: { type: "string" },
      sectors: {
        type: "array",
        items: { type: "string" },
        description: both("Identifiants des secteurs ; leurs libellés sont dans /api/v1/stats (bySector[].labels).", "Sector identifiers; their labels are in /api/v1/stats (bySector[].labels)."),
      },
      foundedYear: nullable("integer"),
      teamSize: nullable("integer"),
      fundsRaisedEur: nullable("integer"),
      stage: { enum: [...STAGES, null], description: STAGE_CODES },
      hiring: { type: "boolean" },
      website: nullable("string", { format: "uri" }),
      linkedinUrl: nullable("string", { format: "uri" }),
      twitterUrl: nullable("string", { format: "uri" }),
      publishedAt: { type: "string", format: "date-time" },
      updatedAt: { type: "string", format: "date-time" },
    },
  },
  StartupList: {
    type: "object",
    additionalProperties: false,
    required: ["data", "meta", "links"],
    properties: {
      data: { type: "array", items: { $ref: "#/components/schemas/Startup" }, maxItems: API_MAX_PAGE_SIZE },
      meta: { $ref: "#/components/schemas/Meta" },
      links: { type: "object", required: ["self", "next", "prev"], properties: { self: { type: "string" }, next: nullable("string"), prev: nullable("string") } },
    },
  },
  Stats: stats,
  Topology: topology,
  StatsResponse: {
    type: "object",
    additionalProperties: false,
    required: ["data", "meta"],
    properties: { data: { $ref: "#/components/schemas/Stats" }, meta: { $ref: "#/components/schemas/Meta" } },
  },
  Error: {
    type: "object",
    required: ["error", "details"],
    properties: {
      error: { type: "string" },
      details: { type: "array", items: { type: "object", required: ["parameter", "message"], properties: { parameter: { type: "string" }, message: { type: "string" } } } },
    },
  },
};
