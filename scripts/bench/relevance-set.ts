// The judged query set for `npm run bench:relevance`: what people type, and the published demo
// startup (db/seed/startups-data.ts) that should come first. Measured on a directory that also holds
// generated startups (`npm run db:seed -- --count N`), so each answer must beat thousands of others.
export type JudgedQuery = {
  kind: "exact name" | "name typo" | "sector word" | "unaccented" | "plural" | "prefix" | "two words" | "filter";
  /** The /startups query string. */
  query: string;
  expected: string;
};

export const RELEVANCE_SET: JudgedQuery[] = [
  { kind: "exact name", query: "q=Neptunia Analytics", expected: "neptunia-analytics" },
  { kind: "exact name", query: "q=RoboQuai", expected: "roboquai" },
  { kind: "exact name", query: "q=Ventamar", expected: "ventamar" },
  { kind: "exact name", query: "q=Transpays", expected: "transpays" },
  { kind: "exact name", query: "q=Galet Bleu", expected: "galet-bleu" },
  { kind: "exact name", query: "q=Clocheton", expected: "clocheton" },
  { kind: "exact name", query: "q=Pendulo", expected: "pendulo" },
  { kind: "exact name", query: "q=Falaise Audio", expected: "falaise-audio" },
  { kind: "exact name", query: "q=Lidar Nomade", expected: "lidar-nomade" },
  { kind: "exact name", query: "q=Cyberbocage", expected: "cyberbocage" },
  { kind: "name typo", query: "q=Neptunai", expected: "neptunia-analytics" },
  { kind: "name typo", query: "q=Robolabur", expected: "robolabour" },
  { kind: "name typo", query: "q=Alphabule", expected: "alphabulle" },
  { kind: "name typo", query: "q=Ventamr", expected: "ventamar" },
  { kind: "name typo", query: "q=Clinisenz", expected: "clinisens" },
  { kind: "name typo", query: "q=Kinesen", expected: "kinesens" },
  { kind: "sector word", query: "q=désherbage", expected: "robolabour" },
  { kind: "sector word", query: "q=covoiturage", expected: "pendulo" },
  { kind: "sector word", query: "q=trésorerie", expected: "tresorie" },
  { kind: "sector word", query: "q=dyslexiques", expected: "alphabulle" },
  { kind: "sector word", query: "q=éoliens", expected: "ventamar" },
  { kind: "unaccented", query: "q=reemploi", expected: "remploi-bati" },
  { kind: "unaccented", query: "q=ecluses", expected: "bastion-portuaire" },
  { kind: "unaccented", query: "q=beton", expected: "beton-patrimoine" },
  { kind: "unaccented", query: "q=electricite solaire", expected: "watt-partage" },
  { kind: "plural", query: "q=plaie", expected: "cicatrix-sante" },
  { kind: "plural", query: "q=drones", expected: "aeroscan-normandie" },
  { kind: "plural", query: "q=simulateur", expected: "quart-de-veille" },
  { kind: "plural", query: "q=barges", expected: "seine-logistique-urbaine" },
  { kind: "prefix", query: "q=neptu", expected: "neptunia-analytics" },
  { kind: "prefix", query: "q=robol", expected: "robolabour" },
  { kind: "prefix", query: "q=clinis", expected: "clinisens" },
  { kind: "prefix", query: "q=tirel", expected: "tirelire-solidaire" },
  { kind: "two words", query: "q=robots amarrage", expected: "roboquai" },
  { kind: "two words", query: "q=capteurs pâturage", expected: "prairie-connect" },
  { kind: "two words", query: "q=recyclage chimique", expected: "catalyse-circulaire" },
  { kind: "two words", query: "q=laine recyclée", expected: "laine-renaissance" },
  { kind: "filter", query: "q=logistique&metropole=rouen", expected: "seine-logistique-urbaine" },
  { kind: "filter", query: "q=escale&metropole=le-havre", expected: "escale-croisiere" },
  { kind: "filter", query: "q=lin&secteur=agritech-agro", expected: "lin-tracable" },
];
