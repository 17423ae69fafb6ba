// Turns what a person typed into PostgreSQL full-text and trigram conditions.
import { sql, type SQL } from "drizzle-orm";

const MAX_TERMS = 8;

/** Lower-case, accent-free words: the same normalisation f_unaccent applies in the database. */
export function searchTerms(q: string): string[] {
  return q
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
}

/**
 * Every word must match, each as a prefix (so "robo" finds "robotique" while typing), after French
 * stemming (so "logistiques" finds "logistique"). Words are reduced to [a-z0-9], so the tsquery
 * syntax cannot be injected.
 */
export function toPrefixTsquery(terms: string[]): string {
  return terms.map((term) => `${term}:*`).join(" & ");
}

export type TextMatch = { where: SQL; rank: SQL };

export function textMatch(q: string): TextMatch | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const tsquery = sql`to_tsquery('french', ${toPrefixTsquery(terms)})`;
  const normalised = terms.join(" ");
  // Typos are forgiven on names only: word_similarity (<%) finds "Neptunai" in "Neptunia Analytics".
  const nameExpr = sql`f_unaccent(lower(name))`;
  return {
    where: sql`(search @@ ${tsquery} or ${normalised} <% ${nameExpr})`,
    // Field weights (name A, tagline B, sectors and description C) make a name match outrank a
    // description match; the trigram term ranks near-miss names just behind exact ones.
    rank: sql`(ts_rank(search, ${tsquery}) + 0.5 * word_similarity(${normalised}, ${nameExpr}))`,
  };
}
