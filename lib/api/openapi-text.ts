// The human-readable text of the OpenAPI document, in both languages.
//
// OpenAPI has one `summary` and one `description` per object and no way to say their language;
// Redoc, Swagger UI and generated clients (openapi-typescript turns descriptions into JSDoc) show
// only those two fields, so an `x-description-en` would be invisible to the people who need it.
// Every text is therefore one bilingual string, always in the same form: French first (the
// product is French first), then " — ", then English. No text uses an em dash otherwise, so a
// reader or a script can split on it; the OpenAPI test checks that each text has exactly one.
import { en } from "@/lib/i18n/en";
import { fr } from "@/lib/i18n/fr";

export const BILINGUAL_SEPARATOR = " — ";

export function both(french: string, english: string): string {
  return `${french}${BILINGUAL_SEPARATOR}${english}`;
}

/** "Codes : idea (Idée), … — Codes: idea (Idea), …", for a field that carries only a code. */
function codes<K extends string>(frenchLead: string, englishLead: string, french: Record<K, string>, english: Record<K, string>): string {
  const list = (labels: Record<K, string>) => (Object.keys(labels) as K[]).map((code) => `${code} (${labels[code]})`).join(", ");
  return both(`${frenchLead} : ${list(french)}.`, `${englishLead}: ${list(english)}.`);
}

export const STAGE_CODES = codes("Stade de développement", "Development stage", fr.stage, en.stage);
export const TEAM_BAND_CODES = codes("Tranche d’effectif", "Team size band", fr.teamBand, en.teamBand);
export const EVENT_TYPE_CODES = codes("Type d’événement", "Event type", fr.events.type, en.events.type);
