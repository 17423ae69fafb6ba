// The OpenAPI 3.1 description of the open data API. Tests validate real responses against its
// schemas (lib/api/api.test.ts) and type-check a client generated from it
// (lib/api/openapi-client.test.ts); `npm run lint:openapi` lints it with Redocly's recommended
// rules. Every text is bilingual, in the one form explained in ./openapi-text.
import { STATS_SERIES } from "./params";
import { LICENCE } from "./http";
import { apiSchemas } from "./openapi-schemas";
import { csv, json, pageParameters, query, repeatable, responses } from "./openapi-parts";
import { both, STAGE_CODES, TEAM_BAND_CODES } from "./openapi-text";
import { METROPOLISES, STAGES, TEAM_BAND_IDS } from "@/lib/startups/options";
import { SORTS } from "@/lib/search/params";
import { eventPaths } from "@/lib/events/openapi";

// This document itself, described only as far as a client needs to recognise it.
const openApiSchema = {
  type: "object",
  required: ["openapi", "info", "paths"],
  properties: { openapi: { type: "string" }, info: { type: "object", additionalProperties: true }, paths: { type: "object", additionalProperties: true } },
  additionalProperties: true,
};
const metropolisFilter = query("metropole", both("Une métropole.", "One metropolis."), { enum: METROPOLISES });

const listParameters = [
  query("q", both("Recherche plein texte (français, sans accents requis, préfixes acceptés).", "Full-text search (French, accents optional, prefixes accepted)."), { type: "string", maxLength: 100 }),
  query("metropole", both("Une ou plusieurs métropoles (paramètre répétable).", "One or more metropolises (repeatable parameter)."), { type: "array", items: { enum: METROPOLISES } }, repeatable),
  query("commune", both("Code INSEE de la commune.", "INSEE code of the commune."), { type: "string", pattern: "^\\d[\\dAB]\\d{3}$" }),
  query("secteur", both("Un ou plusieurs secteurs, par leur identifiant (répétable).", "One or more sectors, by identifier (repeatable)."), { type: "array", items: { type: "string" } }, repeatable),
  query("stade", STAGE_CODES, { type: "array", items: { enum: STAGES } }, repeatable),
  query("recrute", both("1 : uniquement les startups qui recrutent.", "1: only startups that are hiring."), { enum: ["0", "1"] }),
  query("annee_min", both("Année de création minimale.", "Earliest founding year."), { type: "integer" }),
  query("annee_max", both("Année de création maximale.", "Latest founding year."), { type: "integer" }),
  query("effectif", TEAM_BAND_CODES, { type: "array", items: { enum: TEAM_BAND_IDS } }, repeatable),
  query("tri", both("Ordre des résultats.", "Order of the results."), { enum: SORTS, default: "nom" }),
];

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: both("Normandy French Tech : données ouvertes", "Normandy French Tech: open data"),
    version: "1.0.0",
    description: both(
      "Les startups publiées de l’annuaire Normandy French Tech (Caen, Le Havre, Rouen), ses événements et les chiffres de l’écosystème. Lecture seule, sans authentification. Les valeurs sont des codes et des identifiants ; les libellés sont donnés en français et en anglais (`labels`).",
      "The published startups of the Normandy French Tech directory (Caen, Le Havre, Rouen), its events and the ecosystem's figures. Read-only, no authentication. Values are codes and identifiers; labels are given in French and in English (`labels`).",
    ),
    license: { name: LICENCE.name, url: LICENCE.url },
  },
  servers: [{ url: "/" }],
  // A public, read-only API: no operation needs credentials.
  security: [],
  paths: {
    "/api/v1/startups": {
      get: {
        operationId: "listStartups",
        summary: both("Liste paginée des startups publiées", "Paginated list of published startups"),
        parameters: [...listParameters, ...pageParameters],
        responses: {
          "200": { description: both("Une page de startups.", "One page of startups."), content: json("StartupList") },
          "304": responses.notModified,
          "400": responses.badRequest,
        },
      },
    },
    "/api/v1/startups.csv": {
      get: {
        operationId: "exportStartupsCsv",
        summary: both("Toutes les startups publiées correspondant aux filtres, en CSV (flux)", "Every published startup matching the filters, as CSV (streamed)"),
        parameters: listParameters,
        responses: {
          "200": { description: both("CSV UTF-8, une ligne par startup.", "UTF-8 CSV, one line per startup."), content: csv },
          "304": responses.notModified,
          "400": responses.badRequest,
          "429": {
            description: both("Trop d’exports depuis cette adresse ; réessayez après le délai de l’en-tête Retry-After.", "Too many exports from this address; try again after the Retry-After delay."),
            content: { "text/plain": { schema: { type: "string" } } },
          },
        },
      },
    },
    "/api/v1/stats": {
      get: {
        operationId: "getStats",
        summary: both("Tous les chiffres de la page Statistiques", "Every figure of the Statistics page"),
        parameters: [metropolisFilter],
        responses: {
          "200": { description: both("Les chiffres.", "The figures."), content: json("StatsResponse") },
          "304": responses.notModified,
          "400": responses.badRequest,
        },
      },
    },
    "/api/v1/stats.csv": {
      get: {
        operationId: "exportStatsCsv",
        summary: both("Une série des statistiques, en CSV", "One series of the statistics, as CSV"),
        parameters: [query("serie", both("La série.", "The series."), { enum: STATS_SERIES }, { required: true }), metropolisFilter],
        responses: {
          "200": { description: both("CSV UTF-8.", "UTF-8 CSV."), content: csv },
          "304": responses.notModified,
          "400": responses.badRequest,
        },
      },
    },
    "/api/v1/territoire.topojson": {
      get: {
        operationId: "getTerritory",
        summary: both("Les contours des 173 communes membres (TopoJSON)", "The outlines of the 173 member communes (TopoJSON)"),
        description: both(
          "Contours IGN – ADMIN EXPRESS COG 2018, simplifiés, sous Licence Ouverte / Etalab ; communes et populations de @etalab/decoupage-administratif. La note de licence est dans `metadata`. Sans paramètre.",
          "IGN – ADMIN EXPRESS COG 2018 outlines, simplified, under the Licence Ouverte / Etalab; communes and populations from @etalab/decoupage-administratif. The licence note is in `metadata`. No parameters.",
        ),
        responses: {
          "200": { description: both("TopoJSON.", "TopoJSON."), content: json("Topology") },
          "304": responses.notModified,
          "400": responses.badRequest,
        },
      },
    },
    ...eventPaths,
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: both("Ce document", "This document"),
        description: both("Sans paramètre.", "No parameters."),
        responses: {
          "200": { description: both("OpenAPI 3.1.", "OpenAPI 3.1."), content: { "application/json": { schema: openApiSchema } } },
          "400": responses.badRequest,
        },
      },
    },
  },
  components: { schemas: apiSchemas },
};
