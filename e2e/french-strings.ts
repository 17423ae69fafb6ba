// The strings that give away a French page: every text of the French dictionary that the English
// one does not also use (proper nouns, "SIREN", "Description"…). The page checks (./test.ts) look
// for them in every English page a spec visits, outside the parts marked `lang="fr"` (the switch
// back to French). Functions (texts with a number or a name in them) are called with sample
// arguments, so "12 startups trouvées" is caught too, by the words around the value.
import { en } from "../lib/i18n/en";
import { fr } from "../lib/i18n/fr";
import { listCommunes } from "../lib/territory";

function strings(value: unknown, out: Set<string>) {
  if (typeof value === "string") out.add(value.trim());
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === "object") for (const item of Object.values(value)) strings(item, out);
  return out;
}

const english = strings(en, new Set());
// Short strings (a unit, an abbreviation) are too likely to occur inside other words or names.
export const FRENCH_ONLY = [...strings(fr, new Set())].filter((text) => text.length >= 6 && /\p{L}{3}/u.test(text) && !english.has(text));

// Place names are French in both languages ("Sainte-Adresse", "Le Havre Seine Métropole"), and
// hold dictionary words: they are taken out of the text first, longest first.
const PLACE_NAMES = [...new Set([...listCommunes().map((commune) => commune.name), ...Object.values(en.metropolisLong)])].sort(
  (a, b) => b.length - a.length,
);

/**
 * The French dictionary strings found in a page's visible text, place names aside. `pieces` are
 * the page's text nodes: a one-word string ("Membre", "système") counts only as a whole piece, a
 * label standing alone, since names and descriptions that people type ("Camille Membre", "un
 * système de…") are in any language and may hold it.
 */
export function frenchStringsIn(text: string, pieces: readonly string[] = []): string[] {
  let flat = text.replace(/\s+/g, " ");
  for (const place of PLACE_NAMES) flat = flat.replaceAll(place, " ");
  const whole = new Set(pieces.map((piece) => piece.replace(/\s+/g, " ").trim()));
  return FRENCH_ONLY.filter((candidate) => {
    const normalized = candidate.replace(/\s+/g, " ");
    return normalized.includes(" ") ? flat.includes(normalized) : whole.has(normalized);
  });
}
