// The ecosystem's figures, from published startups only. They are read from the directory_stats
// counters (a few hundred pre-aggregated rows that every write to startups keeps exact in its own
// transaction, migration 0008: no reader ever waits for a refresh), and cached per directory
// version, so a moderation decision shows on the next request of every instance
// (lib/cache/directory-cache).
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { cachedForDirectory } from "@/lib/cache/directory-cache";
import { listSectors } from "@/lib/sectors";
import { METROPOLISES, STAGES, TEAM_BANDS, type Metropolis, type Stage, type TeamBandId } from "@/lib/startups/options";
import { findCommune } from "@/lib/territory";
import { communeFigures, type CommuneFigures } from "./by-commune";

export type Figures = { startups: number; jobs: number; fundsEur: number };
export type Stats = {
  computedAt: string;
  metropolis: Metropolis | null;
  totals: Figures;
  byMetropolis: (Figures & { metropolis: Metropolis; share: number })[];
  /** `name` is the French name; `nameEn` the English one, for pages in English. */
  bySector: (Figures & { slug: string; name: string; nameEn: string })[];
  byFoundedYear: { year: number; startups: number }[];
  byStage: { stage: Stage; startups: number }[];
  hiring: { startups: number; share: number };
  byTeamBand: { band: TeamBandId; startups: number }[];
  growth: { month: string; published: number; cumulative: number }[];
  topCommunes: { code: string; name: string; startups: number }[];
  /** Every member commune of the scope, in the order of the package (by name). */
  byCommune: CommuneFigures[];
};

const TOP_COMMUNES = 10;


type FactRow = { dimension: string; key: string | null; startups: number | string; jobs: number | string; funds: number | string };

function bandOf(teamSize: number): TeamBandId | null {
  return TEAM_BANDS.find((band) => teamSize >= band.min && (band.max === null || teamSize <= band.max))?.id ?? null;
}

export async function computeStats(db: Db, metropolis: Metropolis | null): Promise<Stats> {
  const [facts, sectors] = await Promise.all([
    queryRows<FactRow>(
      db,
      sql`select dimension, key, sum(startups) as startups, sum(jobs) as jobs, sum(funds) as funds
          from directory_stats
          where ${metropolis ? sql`metropolis = ${metropolis}` : sql`true`}
            -- One row a day of confirmations: the freshness share reads them (lib/freshness/public).
            and dimension <> 'confirmed_day'
          group by dimension, key
          having sum(startups) <> 0`,
    ),
    listSectors(db),
  ]);
  const byMetropolisFacts = await queryRows<FactRow>(
    db,
    sql`select metropolis as key, 'metropolis' as dimension, sum(startups) as startups, sum(jobs) as jobs, sum(funds) as funds
        from directory_stats where dimension = 'hiring' ${metropolis ? sql`and metropolis = ${metropolis}` : sql``}
        group by metropolis
        having sum(startups) <> 0`,
  );

  const figures = (row: Pick<FactRow, "startups" | "jobs" | "funds"> | undefined): Figures =>
    row ? { startups: Number(row.startups), jobs: Number(row.jobs), fundsEur: Number(row.funds) } : { startups: 0, jobs: 0, fundsEur: 0 };
  const of = (dimension: string) => facts.filter((row) => row.dimension === dimension && row.key !== null);
  const find = (dimension: string, key: string) => of(dimension).find((row) => row.key === key);
  // Every published startup is either hiring or not: those two rows add up to the totals.
  const totals = of("hiring").reduce<Figures>((sum, row) => {
    const f = figures(row);
    return { startups: sum.startups + f.startups, jobs: sum.jobs + f.jobs, fundsEur: sum.fundsEur + f.fundsEur };
  }, figures(undefined));
  const share = (n: number) => (totals.startups ? n / totals.startups : 0);

  const bands = new Map<TeamBandId, number>();
  for (const row of of("team_size")) {
    const band = bandOf(Number(row.key));
    if (band) bands.set(band, (bands.get(band) ?? 0) + Number(row.startups));
  }
  let cumulative = 0;
  const hiring = Number(find("hiring", "true")?.startups ?? 0);
  return {
    computedAt: new Date().toISOString(),
    metropolis,
    totals,
    byMetropolis: METROPOLISES.filter((m) => !metropolis || m === metropolis).map((m) => {
      const values = figures(byMetropolisFacts.find((row) => row.key === m));
      return { metropolis: m, ...values, share: share(values.startups) };
    }),
    bySector: sectors
      .map((sector) => ({ slug: sector.slug, name: sector.nameFr, nameEn: sector.nameEn, ...figures(find("sector", String(sector.id))) }))
      .sort((a, b) => b.startups - a.startups || a.name.localeCompare(b.name, "fr")),
    byFoundedYear: of("year")
      .map((row) => ({ year: Number(row.key), startups: Number(row.startups) }))
      .sort((a, b) => a.year - b.year),
    byStage: STAGES.map((stage) => ({ stage, startups: Number(find("stage", stage)?.startups ?? 0) })),
    hiring: { startups: hiring, share: share(hiring) },
    byTeamBand: TEAM_BANDS.map((band) => ({ band: band.id, startups: bands.get(band.id) ?? 0 })),
    growth: of("month")
      .sort((a, b) => a.key!.localeCompare(b.key!))
      .map((row) => {
        cumulative += Number(row.startups);
        return { month: row.key!, published: Number(row.startups), cumulative };
      }),
    topCommunes: of("commune")
      .map((row) => ({ code: row.key!, name: findCommune(row.key!)?.name ?? row.key!, startups: Number(row.startups) }))
      .sort((a, b) => b.startups - a.startups || a.name.localeCompare(b.name, "fr"))
      .slice(0, TOP_COMMUNES),
    byCommune: communeFigures(metropolis, new Map(of("commune").map((row) => [row.key!, figures(row)]))),
  };
}

/** computeStats, cached per directory version. */
export function directoryStats(db: Db, metropolis: Metropolis | null): Promise<Stats> {
  return cachedForDirectory(db, `stats:${metropolis ?? "all"}`, () => computeStats(db, metropolis));
}
