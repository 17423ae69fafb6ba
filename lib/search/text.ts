// Turns what a person typed into PostgreSQL full-text and trigram conditions.
import { sql, type SQL } from "drizzle-orm";

const MAX_TERMS = 8;
/** A word shorter than this is never a prefix: `a` would match a third of the directory. */
export const MIN_PREFIX_LENGTH = 2;
/** Typos are forgiven from this many letters on: shorter words have too many near neighbours. */
export const MIN_FUZZY_LENGTH = 4;

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
 * Every word must match, after French stemming (so "logistiques" finds "logistique"). Only the
 * last word is a prefix, as in a search box while typing ("robo" finds "robotique"), and only from
 * two letters on. Words are reduced to [a-z0-9], so the tsquery syntax cannot be injected.
 */
export function toPrefixTsquery(terms: string[]): string {
  return terms
    .map((term, index) => (index === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH ? `${term}:*` : term))
    .join(" & ");
}

/**
 * Regular expressions that find each word at the start of a word of the name (name_sort is the
 * name, lower-case and accent-free), without a French plural ending, so "barges" finds "Barge".
 */
export function nameWordPatterns(terms: string[]): string[] {
  return terms.map((term) => `\\m${term.length > 3 ? term.replace(/[sx]$/, "") : term}`);
}

export type TextMatch = {
  where: SQL;
  /** The exact relevance: field weights and name similarity. Reads each row's search vector. */
  rank: SQL | null;
  /**
   * A cheap first cut of relevance, from the short name alone: 1 when every word starts a word
   * of the name. It bounds the rows that get the exact rank (lib/search/search.ts).
   */
  tier: SQL | null;
};

export function textMatch(q: string): TextMatch | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  if (terms.length === 1 && terms[0]!.length < MIN_PREFIX_LENGTH) {
    // One letter: the names that start with it, in name order (a letter is no word to rank).
    return { where: sql`name_sort like ${`${terms[0]}%`}`, rank: null, tier: null };
  }
  const tsquery = sql`to_tsquery('french', ${toPrefixTsquery(terms)})`;
  const normalised = terms.join(" ");
  const nameExpr = sql`f_unaccent(lower(name))`;
  // Typos are forgiven on names only, with strict word similarity (<<%, indexed by the trigram
  // index): "Neptunai" finds "Neptunia Analytics", but a word is not matched by a fragment of a
  // longer one, which dragged hundreds of near names into an exact-name search.
  const fuzzy = normalised.replace(/ /g, "").length >= MIN_FUZZY_LENGTH;
  const tier = sql.join(
    nameWordPatterns(terms).map((pattern) => sql`name_sort ~ ${pattern}`),
    sql` and `,
  );
  return {
    where: fuzzy ? sql`(search @@ ${tsquery} or ${normalised} <<% ${nameExpr})` : sql`search @@ ${tsquery}`,
    // Field weights (name A, tagline B, sectors and description C) make a name match outrank a
    // description match; the trigram term ranks near-miss names just behind exact ones.
    rank: sql`(ts_rank(search, ${tsquery}) + 0.5 * word_similarity(${normalised}, ${nameExpr}))`,
    tier: sql`(case when ${tier} then 1 else 0 end)`,
  };
}
