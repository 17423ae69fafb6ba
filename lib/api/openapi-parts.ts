// Pieces shared by the startups' and the agenda's parts of the OpenAPI document.
import { API_DEFAULT_PAGE_SIZE, API_MAX_PAGE_SIZE } from "./params";
import { both } from "./openapi-text";

export const query = (name: string, description: string, schema: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name, in: "query", description, schema, ...extra });
export const repeatable = { style: "form", explode: true };
export const pageParameters = [
  query("page", both("Numéro de page.", "Page number."), { type: "integer", minimum: 1, default: 1 }),
  query("taille", both("Taille de page.", "Page size."), { type: "integer", minimum: 1, maximum: API_MAX_PAGE_SIZE, default: API_DEFAULT_PAGE_SIZE }),
];

export const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
export const csv = { "text/csv": { schema: { type: "string" } } };
export const responses = {
  badRequest: { description: both("Paramètres invalides (inconnus, répétés ou hors des valeurs permises).", "Invalid parameters (unknown, repeated or outside the allowed values)."), content: json("Error") },
  notModified: { description: both("Inchangé depuis l’ETag fourni.", "Unchanged since the given ETag.") },
};

