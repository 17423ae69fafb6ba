// The agenda's part of the OpenAPI document (lib/api/openapi.ts spreads it in). Texts are
// bilingual, in the form explained in lib/api/openapi-text.
import { API_MAX_PAGE_SIZE } from "@/lib/api/params";
import { csv, json, pageParameters, query, responses } from "@/lib/api/openapi-parts";
import { both, EVENT_TYPE_CODES } from "@/lib/api/openapi-text";
import { METROPOLISES } from "@/lib/startups/options";
import { EVENT_TYPES } from "./options";

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });

const filterParameters = [
  query("metropole", both("Une métropole.", "One metropolis."), { enum: METROPOLISES }),
  query("type", EVENT_TYPE_CODES, { enum: EVENT_TYPES }),
  query("mois", both("Mois (heure de Paris), AAAA-MM : les événements qui le chevauchent.", "Month (Paris time), YYYY-MM: the events that overlap it."), { type: "string", pattern: "^\\d{4}-\\d{2}$" }),
  query("gratuit", both("1 : uniquement les événements gratuits.", "1: only free events."), { enum: ["0", "1"] }),
  query(
    "annee",
    both("Les événements passés de cette année ; sans lui, les événements à venir.", "The past events of this year; without it, the upcoming events."),
    { type: "integer", minimum: 2000, maximum: 2100 },
  ),
];

export const eventPaths = {
  "/api/v1/events": {
    get: {
      operationId: "listEvents",
      summary: both("Liste paginée des événements publiés (à venir, ou passés d’une année)", "Paginated list of published events (upcoming, or past ones of a year)"),
      parameters: [...filterParameters, ...pageParameters],
      responses: {
        "200": { description: both("Une page d’événements.", "One page of events."), content: json("EventList") },
        "304": responses.notModified,
        "400": responses.badRequest,
      },
    },
  },
  "/api/v1/events.csv": {
    get: {
      operationId: "exportEventsCsv",
      summary: both("Les événements publiés correspondant aux filtres, en CSV", "The published events matching the filters, as CSV"),
      parameters: filterParameters,
      responses: {
        "200": { description: both("CSV UTF-8, une ligne par événement.", "UTF-8 CSV, one line per event."), content: csv },
        "304": responses.notModified,
        "400": responses.badRequest,
      },
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
      type: { enum: EVENT_TYPES, description: EVENT_TYPE_CODES },
      startsAt: { type: "string", format: "date-time" },
      endsAt: {
        type: "string",
        format: "date-time",
        description: both(
          "Exclusive ; pour un événement sur des journées entières, minuit (Paris) après le dernier jour.",
          "Exclusive; for an all-day event, midnight (Paris) after the last day.",
        ),
      },
      allDay: { type: "boolean" },
      metropolis: { enum: [...METROPOLISES, null] },
      communeCode: nullable("string"),
      commune: nullable("string"),
      address: nullable("string"),
      online: { type: "boolean" },
      onlineUrl: nullable("string", { format: "uri" }),
      organiser: { type: "string" },
      organiserStartup: {
        ...nullable("string"),
        description: both("Identifiant de la fiche startup organisatrice, si elle est publiée.", "Identifier of the organising startup's profile, if it is published."),
      },
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
