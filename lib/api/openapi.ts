// The OpenAPI 3.1 description of the open data API. Tests validate real responses against the
// schemas below (lib/api/api.test.ts), so this document cannot drift from the code unnoticed.
import { API_DEFAULT_PAGE_SIZE, API_MAX_PAGE_SIZE, STATS_SERIES } from "./params";
import { LICENCE } from "./http";
import { METROPOLISES, STAGES, TEAM_BAND_IDS } from "@/lib/startups/options";
import { SORTS } from "@/lib/search/params";
import { eventPaths, eventSchemas } from "@/lib/events/openapi";

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const figures = {
  startups: { type: "integer", minimum: 0 },
  jobs: { type: "integer", minimum: 0 },
  fundsEur: { type: "integer", minimum: 0 },
};

const listParameters = [
  { name: "q", in: "query", description: "Recherche plein texte (français, sans accents requis, préfixes acceptés).", schema: { type: "string", maxLength: 100 } },
  { name: "metropole", in: "query", description: "Une ou plusieurs métropoles (paramètre répétable).", schema: { type: "array", items: { enum: METROPOLISES } }, style: "form", explode: true },
  { name: "commune", in: "query", description: "Code INSEE de la commune.", schema: { type: "string", pattern: "^\\d[\\dAB]\\d{3}$" } },
  { name: "secteur", in: "query", description: "Un ou plusieurs secteurs, par leur identifiant (répétable).", schema: { type: "array", items: { type: "string" } }, style: "form", explode: true },
  { name: "stade", in: "query", schema: { type: "array", items: { enum: STAGES } }, style: "form", explode: true },
  { name: "recrute", in: "query", description: "1 : uniquement les startups qui recrutent.", schema: { enum: ["0", "1"] } },
  { name: "annee_min", in: "query", schema: { type: "integer" } },
  { name: "annee_max", in: "query", schema: { type: "integer" } },
  { name: "effectif", in: "query", schema: { type: "array", items: { enum: TEAM_BAND_IDS } }, style: "form", explode: true },
  { name: "tri", in: "query", schema: { enum: SORTS, default: "nom" } },
];

const errorResponse = { description: "Paramètres invalides.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Normandy French Tech : données ouvertes",
    version: "1.0.0",
    description: "Les startups publiées de l’annuaire Normandy French Tech (Caen, Le Havre, Rouen), ses événements et les chiffres de l’écosystème. Lecture seule.",
    license: { name: LICENCE.name, url: LICENCE.url },
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/startups": {
      get: {
        summary: "Liste paginée des startups publiées",
        parameters: [
          ...listParameters,
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "taille", in: "query", description: "Taille de page.", schema: { type: "integer", minimum: 1, maximum: API_MAX_PAGE_SIZE, default: API_DEFAULT_PAGE_SIZE } },
        ],
        responses: {
          "200": { description: "Une page de startups.", content: { "application/json": { schema: { $ref: "#/components/schemas/StartupList" } } } },
          "304": { description: "Inchangé depuis l’ETag fourni." },
          "400": errorResponse,
        },
      },
    },
    "/api/v1/startups.csv": {
      get: {
        summary: "Toutes les startups publiées correspondant aux filtres, en CSV (flux)",
        parameters: listParameters,
        responses: { "200": { description: "CSV UTF-8, une ligne par startup.", content: { "text/csv": { schema: { type: "string" } } } }, "400": errorResponse },
      },
    },
    "/api/v1/stats": {
      get: {
        summary: "Tous les chiffres de la page Statistiques",
        parameters: [{ name: "metropole", in: "query", schema: { enum: METROPOLISES } }],
        responses: {
          "200": { description: "Les chiffres.", content: { "application/json": { schema: { $ref: "#/components/schemas/StatsResponse" } } } },
          "400": errorResponse,
        },
      },
    },
    "/api/v1/stats.csv": {
      get: {
        summary: "Une série des statistiques, en CSV",
        parameters: [
          { name: "serie", in: "query", required: true, schema: { enum: STATS_SERIES } },
          { name: "metropole", in: "query", schema: { enum: METROPOLISES } },
        ],
        responses: { "200": { description: "CSV UTF-8.", content: { "text/csv": { schema: { type: "string" } } } }, "400": errorResponse },
      },
    },
    "/api/v1/territoire.topojson": {
      get: {
        summary: "Les contours des 173 communes membres (TopoJSON)",
        description: "Contours IGN – ADMIN EXPRESS COG 2018, simplifiés, sous Licence Ouverte / Etalab ; communes et populations de @etalab/decoupage-administratif. La note de licence est dans `metadata`.",
        responses: { "200": { description: "TopoJSON.", content: { "application/json": { schema: { $ref: "#/components/schemas/Topology" } } } } },
      },
    },
    ...eventPaths,
    "/api/v1/openapi.json": { get: { summary: "Ce document", responses: { "200": { description: "OpenAPI 3.1." } } } },
  },
  components: {
    schemas: {
      ...eventSchemas,
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
          sectors: { type: "array", items: { type: "string" } },
          foundedYear: nullable("integer"),
          teamSize: nullable("integer"),
          fundsRaisedEur: nullable("integer"),
          stage: { enum: [...STAGES, null] },
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
          links: {
            type: "object",
            required: ["self", "next", "prev"],
            properties: { self: { type: "string" }, next: nullable("string"), prev: nullable("string") },
          },
        },
      },
      Stats: {
        type: "object",
        additionalProperties: false,
        required: ["computedAt", "metropolis", "totals", "byMetropolis", "bySector", "byFoundedYear", "byStage", "hiring", "byTeamBand", "growth", "topCommunes", "byCommune"],
        properties: {
          computedAt: { type: "string", format: "date-time" },
          metropolis: { enum: [...METROPOLISES, null] },
          totals: { type: "object", required: Object.keys(figures), properties: figures, additionalProperties: false },
          byMetropolis: {
            type: "array",
            items: { type: "object", required: ["metropolis", "share", ...Object.keys(figures)], properties: { metropolis: { enum: METROPOLISES }, share: { type: "number", minimum: 0, maximum: 1 }, ...figures }, additionalProperties: false },
          },
          bySector: {
            type: "array",
            items: { type: "object", required: ["slug", "name", ...Object.keys(figures)], properties: { slug: { type: "string" }, name: { type: "string" }, ...figures }, additionalProperties: false },
          },
          byFoundedYear: { type: "array", items: { type: "object", required: ["year", "startups"], properties: { year: { type: "integer" }, startups: figures.startups }, additionalProperties: false } },
          byStage: { type: "array", items: { type: "object", required: ["stage", "startups"], properties: { stage: { enum: STAGES }, startups: figures.startups }, additionalProperties: false } },
          hiring: { type: "object", required: ["startups", "share"], properties: { startups: figures.startups, share: { type: "number", minimum: 0, maximum: 1 } }, additionalProperties: false },
          byTeamBand: { type: "array", items: { type: "object", required: ["band", "startups"], properties: { band: { enum: TEAM_BAND_IDS }, startups: figures.startups }, additionalProperties: false } },
          growth: {
            type: "array",
            items: { type: "object", required: ["month", "published", "cumulative"], properties: { month: { type: "string", pattern: "^\\d{4}-\\d{2}$" }, published: figures.startups, cumulative: figures.startups }, additionalProperties: false },
          },
          topCommunes: {
            type: "array",
            items: { type: "object", required: ["code", "name", "startups"], properties: { code: { type: "string" }, name: { type: "string" }, startups: figures.startups }, additionalProperties: false },
          },
          byCommune: {
            type: "array",
            description: "Chaque commune membre du périmètre, y compris celles sans startup. Population légale INSEE (@etalab/decoupage-administratif) ; taux arrondis au dixième.",
            items: {
              type: "object",
              required: ["code", "name", "metropolis", "population", "startups", "jobs", "startupsPer10k", "jobsPer10k"],
              properties: {
                code: { type: "string", pattern: "^\\d[\\dAB]\\d{3}$", description: "Code INSEE." },
                name: { type: "string" },
                metropolis: { enum: METROPOLISES },
                population: { type: "integer", minimum: 0 },
                startups: figures.startups,
                jobs: figures.jobs,
                startupsPer10k: nullable("number", { minimum: 0, description: "Startups pour 10 000 habitants." }),
                jobsPer10k: nullable("number", { minimum: 0, description: "Emplois pour 10 000 habitants." }),
              },
              additionalProperties: false,
            },
          },
        },
      },
      Topology: {
        type: "object",
        description: "TopoJSON (objet « communes » : une géométrie par commune membre, identifiée par son code INSEE).",
        required: ["type", "objects", "arcs", "transform", "metadata"],
        properties: {
          type: { const: "Topology" },
          transform: { type: "object" },
          arcs: { type: "array" },
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
      },
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
    },
  },
} as const;
