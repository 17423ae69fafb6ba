// The agenda's part of the OpenAPI document (lib/api/openapi.ts spreads it in).
import { API_DEFAULT_PAGE_SIZE, API_MAX_PAGE_SIZE } from "@/lib/api/params";
import { METROPOLISES } from "@/lib/startups/options";
import { EVENT_TYPES } from "./options";

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const errorResponse = { description: "Paramètres invalides.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };

const filterParameters = [
  { name: "metropole", in: "query", schema: { enum: METROPOLISES } },
  { name: "type", in: "query", schema: { enum: EVENT_TYPES } },
  { name: "mois", in: "query", description: "Mois (heure de Paris), AAAA-MM : les événements qui le chevauchent.", schema: { type: "string", pattern: "^\\d{4}-\\d{2}$" } },
  { name: "gratuit", in: "query", description: "1 : uniquement les événements gratuits.", schema: { enum: ["0", "1"] } },
  { name: "annee", in: "query", description: "Les événements passés de cette année ; sans lui, les événements à venir.", schema: { type: "integer", minimum: 2000, maximum: 2100 } },
];

export const eventPaths = {
  "/api/v1/events": {
    get: {
      summary: "Liste paginée des événements publiés (à venir, ou passés d’une année)",
      parameters: [
        ...filterParameters,
        { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        { name: "taille", in: "query", description: "Taille de page.", schema: { type: "integer", minimum: 1, maximum: API_MAX_PAGE_SIZE, default: API_DEFAULT_PAGE_SIZE } },
      ],
      responses: {
        "200": { description: "Une page d’événements.", content: { "application/json": { schema: { $ref: "#/components/schemas/EventList" } } } },
        "304": { description: "Inchangé depuis l’ETag fourni." },
        "400": errorResponse,
      },
    },
  },
  "/api/v1/events.csv": {
    get: {
      summary: "Les événements publiés correspondant aux filtres, en CSV",
      parameters: filterParameters,
      responses: { "200": { description: "CSV UTF-8, une ligne par événement.", content: { "text/csv": { schema: { type: "string" } } } }, "400": errorResponse },
    },
  },
};

export const eventSchemas = {
  Event: {
    type: "object",
    additionalProperties: false,
    required: ["slug", "url", "title", "type", "startsAt", "endsAt", "allDay", "metropolis", "communeCode", "commune", "address", "online", "onlineUrl", "organiser", "organiserStartup", "link", "free", "cancelled", "description", "updatedAt"],
    properties: {
      slug: { type: "string" },
      url: { type: "string", format: "uri" },
      title: { type: "string" },
      type: { enum: EVENT_TYPES },
      startsAt: { type: "string", format: "date-time" },
      endsAt: { type: "string", format: "date-time", description: "Exclusive ; pour un événement sur des journées entières, minuit (Paris) après le dernier jour." },
      allDay: { type: "boolean" },
      metropolis: { enum: [...METROPOLISES, null] },
      communeCode: nullable("string"),
      commune: nullable("string"),
      address: nullable("string"),
      online: { type: "boolean" },
      onlineUrl: nullable("string", { format: "uri" }),
      organiser: { type: "string" },
      organiserStartup: { ...nullable("string"), description: "Identifiant de la fiche startup organisatrice, si elle est publiée." },
      link: nullable("string", { format: "uri" }),
      free: { type: "boolean" },
      cancelled: { type: "boolean" },
      description: { type: "string" },
      updatedAt: { type: "string", format: "date-time" },
    },
  },
  EventList: {
    type: "object",
    additionalProperties: false,
    required: ["data", "meta", "links"],
    properties: {
      data: { type: "array", items: { $ref: "#/components/schemas/Event" }, maxItems: API_MAX_PAGE_SIZE },
      meta: { $ref: "#/components/schemas/Meta" },
      links: { type: "object", required: ["self", "next", "prev"], properties: { self: { type: "string" }, next: nullable("string"), prev: nullable("string") } },
    },
  },
};
