// Figures per member commune, with rates per 10,000 inhabitants (INSEE population, from
// @etalab/decoupage-administratif): every commune of the scope, those without startups included.
import { dictionary } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/territory";
import type { Metropolis } from "@/lib/startups/options";
import type { Figures } from "./compute";

export type CommuneFigures = {
  code: string;
  name: string;
  metropolis: Metropolis;
  population: number;
  startups: number;
  jobs: number;
  /** null when the package gives no population for the commune. */
  startupsPer10k: number | null;
  jobsPer10k: number | null;
};

/** A rate per 10,000 inhabitants, to one decimal (what the page shows, so that the API agrees). */
export function per10k(count: number, population: number): number | null {
  return population > 0 ? Math.round((count * 100_000) / population) / 10 : null;
}

export function communeFigures(scope: Metropolis | null, byCode: ReadonlyMap<string, Pick<Figures, "startups" | "jobs">>): CommuneFigures[] {
  return listCommunes()
    .filter((commune) => scope === null || commune.metropolis === scope)
    .map(({ code, name, metropolis, population }) => {
      const { startups, jobs } = byCode.get(code) ?? { startups: 0, jobs: 0 };
      return { code, name, metropolis, population, startups, jobs, startupsPer10k: per10k(startups, population), jobsPer10k: per10k(jobs, population) };
    });
}

/** The columns the per-commune table can be sorted by, as they appear in the URL (`tri=`). */
export const COMMUNE_SORTS = ["commune", "metropole", "startups", "emplois", "habitants", "taux", "taux-emplois"] as const;
export type CommuneSort = (typeof COMMUNE_SORTS)[number];
export const DEFAULT_COMMUNE_SORT: CommuneSort = "startups";

const SORT_KEYS: Record<Exclude<CommuneSort, "commune" | "metropole">, (row: CommuneFigures) => number> = {
  startups: (row) => row.startups,
  emplois: (row) => row.jobs,
  habitants: (row) => row.population,
  taux: (row) => row.startupsPer10k ?? -1,
  "taux-emplois": (row) => row.jobsPer10k ?? -1,
};

/** Numbers from the largest, names (of communes, of metropolises as shown) in French alphabetical order; ties by name. */
export function sortCommuneFigures(rows: readonly CommuneFigures[], sort: CommuneSort): CommuneFigures[] {
  const byName = (a: CommuneFigures, b: CommuneFigures) => a.name.localeCompare(b.name, "fr");
  if (sort === "commune") return [...rows].sort(byName);
  if (sort === "metropole") return [...rows].sort((a, b) => dictionary().metropolis[a.metropolis].localeCompare(dictionary().metropolis[b.metropolis], "fr") || byName(a, b));
  const key = SORT_KEYS[sort];
  return [...rows].sort((a, b) => key(b) - key(a) || byName(a, b));
}
