// The distinct-search mix: N different searches, each meant to be requested once, as new visitors
// and crawlers do. Deterministic (a seeded generator), so before/after runs ask the same questions.
// It covers words from the data, one- and two-letter prefixes, typos, two-word queries, every
// filter dimension alone and combined, and deep pages.
import { METROPOLISES, STAGES, TEAM_BAND_IDS } from "@/lib/startups/options";
import { SECTOR_TAXONOMY as SECTORS } from "@/lib/sectors/taxonomy";

const WORDS = [
  "logistique", "robotique", "sante", "santé", "donnees", "energie", "énergie", "port", "agricole", "numerique",
  "cyber", "mobilite", "capteur", "plateforme", "application", "recyclage", "jumeau", "pilotage", "marche",
  "collectivites", "armateurs", "exploitations", "commercants", "universites", "transporteurs", "industrielles",
  "martin", "bernard", "dubois", "durand", "lefebvre", "moreau", "laurent", "simon", "michel", "garcia",
  "neptunia", "robolabour", "escale", "cicatrix", "passerelle", "cyberbocage", "pendulo", "aeroscan",
];
const PREFIXES = ["a", "b", "l", "s", "so", "ro", "lo", "ca", "pl", "ma", "rob", "log", "san", "cap", "num"];

/** A small seeded generator (mulberry32), so the mix is the same in every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** N distinct query strings for /startups (without the leading `?`). */
export function searchMix(count: number, seed = 2015): string[] {
  const { next, pick } = generator(seed);
  const seen = new Set<string>();
  while (seen.size < count) {
    const query = new URLSearchParams();
    const kind = next();
    if (kind < 0.15) query.set("q", pick(PREFIXES));
    else if (kind < 0.3) query.set("q", typo(pick(WORDS), next));
    else if (kind < 0.45) query.set("q", `${pick(WORDS)} ${pick(WORDS)}`);
    else if (kind < 0.85) query.set("q", pick(WORDS));
    // else: filters only
    const filters = Math.floor(next() * 4);
    for (let i = 0; i < filters; i++) {
      const dimension = Math.floor(next() * 6);
      if (dimension === 0) query.append("metropole", pick(METROPOLISES));
      else if (dimension === 1) query.append("secteur", pick(SECTORS).slug);
      else if (dimension === 2) query.append("stade", pick(STAGES));
      else if (dimension === 3) query.set("recrute", "1");
      else if (dimension === 4) query.set("annee_min", String(2010 + Math.floor(next() * 14)));
      else query.append("effectif", pick(TEAM_BAND_IDS));
    }
    const sort = next();
    if (sort < 0.1) query.set("tri", "nom");
    else if (sort < 0.2) query.set("tri", "recent");
    const page = next();
    if (page < 0.2) query.set("page", "5");
    else if (page < 0.3) query.set("page", "2");
    seen.add(query.toString());
  }
  return [...seen];
}
