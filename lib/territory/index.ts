// The territory of Normandy French Tech: the member communes of three EPCIs, read from the
// official INSEE data in @etalab/decoupage-administratif (never hand-copied).
import { createRequire } from "node:module";
import type { Metropolis } from "@/lib/startups/options";

/** The EPCI (SIREN) behind each metropolis. */
export const METROPOLIS_EPCI: Record<Metropolis, string> = {
  caen: "200065597", // CU Caen la Mer
  "le-havre": "200084952", // CU Le Havre Seine Métropole
  rouen: "200023414", // Métropole Rouen Normandie
};

/**
 * The census date of the package's `population` (INSEE's "population municipale", column PMUN).
 * The package does not expose it: its README names as population source INSEE's "Populations de
 * référence 2023" (the page below: population on 1 January 2023, in force from 1 January 2026).
 * A test checks that the installed README still cites that page, so an upgrade of the package
 * brings this year back for review.
 */
export const POPULATION_REFERENCE = { year: 2023, source: "https://www.insee.fr/fr/statistiques/8680726" } as const;

/** `population`: INSEE municipal population, as given by the package (see POPULATION_REFERENCE). */
export type Commune = { code: string; name: string; postalCodes: string[]; metropolis: Metropolis; population: number };

type EpciRecord = { code: string; membres: { code: string; nom: string }[] };
type CommuneRecord = { code: string; nom: string; type: string; codesPostaux?: string[]; population?: number };

let cache: { list: Commune[]; byCode: Map<string, Commune> } | null = null;

function load() {
  if (cache) return cache;
  // Loaded with require at run time (the package is a server external): 12 MB of JSON, read once.
  const require = createRequire(import.meta.url);
  const epcis = require("@etalab/decoupage-administratif/data/epci.json") as EpciRecord[];
  const communes = require("@etalab/decoupage-administratif/data/communes.json") as CommuneRecord[];
  const current = new Map<string, CommuneRecord>();
  for (const commune of communes) {
    if (commune.type === "commune-actuelle") current.set(commune.code, commune);
  }
  const list: Commune[] = [];
  for (const [metropolis, siren] of Object.entries(METROPOLIS_EPCI) as [Metropolis, string][]) {
    const epci = epcis.find((candidate) => candidate.code === siren);
    if (!epci) throw new Error(`EPCI ${siren} is missing from @etalab/decoupage-administratif.`);
    for (const member of epci.membres) {
      const record = current.get(member.code);
      list.push({ code: member.code, name: member.nom, postalCodes: record?.codesPostaux ?? [], metropolis, population: record?.population ?? 0 });
    }
  }
  list.sort((a, b) => a.name.localeCompare(b.name, "fr"));
  cache = { list, byCode: new Map(list.map((commune) => [commune.code, commune])) };
  return cache;
}

export function listCommunes(): readonly Commune[] {
  return load().list;
}

export function findCommune(code: string): Commune | undefined {
  return load().byCode.get(code);
}

/** The metropolis of a commune, or undefined when the commune is outside the three EPCIs. */
export function metropolisOf(communeCode: string): Metropolis | undefined {
  return findCommune(communeCode)?.metropolis;
}

/** What the commune picker shows and submits: "Caen (14000)". Unique across the three EPCIs. */
export function communeLabel(commune: Pick<Commune, "name" | "postalCodes">): string {
  return commune.postalCodes.length ? `${commune.name} (${commune.postalCodes.join(", ")})` : commune.name;
}

/** A commune as the picker and the matcher (./match) need it. */
export type CommuneChoice = Commune & { label: string };

let choices: CommuneChoice[] | null = null;

export function communeChoices(): CommuneChoice[] {
  choices ??= listCommunes().map((commune) => ({ ...commune, label: communeLabel(commune) }));
  return choices;
}

export { matchCommune, normalizeCommuneName, suggestCommunes, type CommuneMatch } from "./match";

/** The version of @etalab/decoupage-administratif in use, named in the map's credits. */
export function territoryDataVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("@etalab/decoupage-administratif/package.json") as { version: string }).version;
}
