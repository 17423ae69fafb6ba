// Facet counts without a query over the wide table: a narrow, per-version snapshot of the facet
// columns of every published startup, held in this process in typed arrays (about 28 bytes a row
// with the ids: 2.8 MB at 100,000 startups) and counted in one pass (a few milliseconds at
// 100,000). A search with text counts only the rows its text matches (lib/search/text-rows).
//
// Exactness: the snapshot is read in one transaction together with directory_state.version, and
// used only for that version (lib/cache/directory-cache keys it by version). A request whose
// version differs from the snapshot's (a write landed in between) does not use it.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { METROPOLISES, STAGES, TEAM_BANDS, type TeamBandId } from "@/lib/startups/options";
import type { FacetCounts } from "./search";

const NONE = 255;

export type FacetSnapshot = {
  version: number;
  /** directory_state.freshness_version: confirmations move it, not the version (lib/freshness). */
  freshness: number;
  size: number;
  metropolis: Uint8Array;
  commune: Uint16Array;
  communeCodes: string[];
  stage: Uint8Array;
  year: Uint16Array;
  band: Uint8Array;
  hiring: Uint8Array;
  /** Confirmation dates, ms since the epoch (NaN: never confirmed). */
  confirmed: Float64Array;
  /**
   * Row i's id, as the 4 big-endian 32-bit words of its UUID at ids[4i .. 4i + 4). Rows are in id
   * order (PostgreSQL orders UUIDs bytewise, as these words compare), so rowOfId finds a row by
   * binary search: 16 bytes a row, where strings and a Map would take about ten times more.
   */
  ids: Uint32Array;
  /** Row i's sector ids are sectorIds[sectorStart[i] .. sectorStart[i + 1]). */
  sectorStart: Uint32Array;
  sectorIds: Uint16Array;
};

type Row = {
  id: string;
  metropolis: string;
  commune: string;
  stage: string | null;
  year: number | null;
  team: number | null;
  hiring: boolean;
  sectors: number[];
  confirmed: number | string | null;
};

function bandIndex(teamSize: number | null): number {
  if (teamSize === null) return NONE;
  const index = TEAM_BANDS.findIndex((band) => teamSize >= band.min && (band.max === null || teamSize <= band.max));
  return index < 0 ? NONE : index;
}

export async function loadFacetSnapshot(db: Db): Promise<FacetSnapshot> {
  return db.transaction(
    async (tx) => {
      const [state] = await queryRows<{ version: number | string; freshness: number | string }>(
        tx,
        sql`select version, freshness_version as freshness from directory_state where id = 1`,
      );
      const rows = await queryRows<Row>(
        tx,
        sql`select id, metropolis, commune_code as commune, stage, founded_year as year, team_size as team, hiring, sector_ids as sectors,
              floor(extract(epoch from confirmed_at) * 1000)::float8 as confirmed
            from startups where status = 'published' order by id`,
      );
      const size = rows.length;
      const communeCodes: string[] = [];
      const communeIndex = new Map<string, number>();
      const snapshot: FacetSnapshot = {
        version: Number(state?.version ?? 0),
        freshness: Number(state?.freshness ?? 0),
        size,
        metropolis: new Uint8Array(size),
        commune: new Uint16Array(size),
        communeCodes,
        stage: new Uint8Array(size),
        year: new Uint16Array(size),
        band: new Uint8Array(size),
        hiring: new Uint8Array(size),
        confirmed: new Float64Array(size),
        ids: new Uint32Array(size * 4),
        sectorStart: new Uint32Array(size + 1),
        sectorIds: new Uint16Array(rows.reduce((sum, row) => sum + row.sectors.length, 0)),
      };
      let sectorAt = 0;
      rows.forEach((row, i) => {
        snapshot.ids.set(uuidWords(row.id), i * 4);
        snapshot.metropolis[i] = METROPOLISES.indexOf(row.metropolis as never);
        let commune = communeIndex.get(row.commune);
        if (commune === undefined) communeIndex.set(row.commune, (commune = communeCodes.push(row.commune) - 1));
        snapshot.commune[i] = commune;
        snapshot.stage[i] = row.stage === null ? NONE : STAGES.indexOf(row.stage as never);
        snapshot.year[i] = row.year ?? 0;
        snapshot.band[i] = bandIndex(row.team);
        snapshot.hiring[i] = row.hiring ? 1 : 0;
        snapshot.confirmed[i] = row.confirmed === null ? NaN : Number(row.confirmed);
        snapshot.sectorStart[i] = sectorAt;
        for (const id of row.sectors) snapshot.sectorIds[sectorAt++] = id;
      });
      snapshot.sectorStart[size] = sectorAt;
      return snapshot;
    },
    // One consistent view of the version and the rows, on PostgreSQL (PGlite runs one query at a time).
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** A UUID's 16 bytes as 4 big-endian 32-bit words. */
export function uuidWords(uuid: string): [number, number, number, number] {
  const hex = uuid.replace(/-/g, "");
  return [0, 8, 16, 24].map((at) => parseInt(hex.slice(at, at + 8), 16)) as [number, number, number, number];
}

/** The snapshot row of a startup id, or -1 when it is not one of the snapshot's published startups. */
/** The UUID of snapshot row i. */
export function idOfRow(snapshot: FacetSnapshot, i: number): string {
  const hex = Array.from(snapshot.ids.subarray(i * 4, i * 4 + 4), (word) => word.toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function rowOfId(snapshot: FacetSnapshot, uuid: string): number {
  const words = uuidWords(uuid);
  let low = 0;
  let high = snapshot.size - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    let order = 0;
    for (let w = 0; w < 4 && order === 0; w++) order = snapshot.ids[middle * 4 + w]! - words[w]!;
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export type SnapshotFilters = {
  metropolises: readonly string[];
  commune: string | null;
  /** Sector ids, any of which matches; null when the sector filter is not set. */
  sectorIds: readonly number[] | null;
  stages: readonly string[];
  hiring: boolean;
  yearMin: number | null;
  yearMax: number | null;
  teamBands: readonly TeamBandId[];
  /** The `fraicheur` value chosen, if any, and every value's cutoff (ms since the epoch). */
  freshness: string | null;
  freshnessCutoffs: readonly { id: string; cutoff: number }[];
};

// Bits of the dimensions a row fails.
const METRO = 1, COMMUNE = 2, SECTOR = 4, STAGE = 8, HIRING = 16, YEAR = 32, BAND = 64, FRESH = 128;

/**
 * Row i's failed dimensions as bits (0: it passes every filter): one place for the filters' meaning,
 * shared by the facet counts and the result pages (lib/search/text-rows).
 */
export function rowFailures(snapshot: FacetSnapshot, filters: SnapshotFilters): (i: number) => number {
  const metroWanted = new Uint8Array(METROPOLISES.length);
  for (const m of filters.metropolises) metroWanted[METROPOLISES.indexOf(m as never)] = 1;
  const stageWanted = new Uint8Array(NONE + 1);
  for (const s of filters.stages) stageWanted[STAGES.indexOf(s as never)] = 1;
  const bandWanted = new Uint8Array(NONE + 1);
  for (const b of filters.teamBands) bandWanted[TEAM_BANDS.findIndex((band) => band.id === b)] = 1;
  const communeWanted = filters.commune === null ? -1 : snapshot.communeCodes.indexOf(filters.commune);
  const sectorWanted = new Set(filters.sectorIds ?? []);
  const freshWanted = filters.freshnessCutoffs.find((window) => window.id === filters.freshness)?.cutoff ?? null;
  return (i) => {
    const stage = snapshot.stage[i]!, year = snapshot.year[i]!, band = snapshot.band[i]!;
    let fails = 0;
    if (filters.metropolises.length && !metroWanted[snapshot.metropolis[i]!]) fails |= METRO;
    if (filters.commune !== null && snapshot.commune[i] !== communeWanted) fails |= COMMUNE;
    if (filters.sectorIds !== null) {
      let any = false;
      for (let at = snapshot.sectorStart[i]!; at < snapshot.sectorStart[i + 1]! && !any; at++) any = sectorWanted.has(snapshot.sectorIds[at]!);
      if (!any) fails |= SECTOR;
    }
    if (filters.stages.length && (stage === NONE || !stageWanted[stage])) fails |= STAGE;
    if (filters.hiring && !snapshot.hiring[i]) fails |= HIRING;
    if ((filters.yearMin !== null || filters.yearMax !== null) && (year === 0 || (filters.yearMin !== null && year < filters.yearMin) || (filters.yearMax !== null && year > filters.yearMax))) fails |= YEAR;
    if (filters.teamBands.length && (band === NONE || !bandWanted[band])) fails |= BAND;
    // NaN (never confirmed) is never >= a cutoff, as NULL in SQL.
    if (freshWanted !== null && !(snapshot.confirmed[i]! >= freshWanted)) fails |= FRESH;
    return fails;
  };
}

/**
 * Counts as the SQL facets do: each dimension under every filter but its own. Values present among
 * the rows appear even with a count of 0 (as grouping sets give them), sectors only when counted.
 */
export function countFacets(
  snapshot: FacetSnapshot,
  filters: SnapshotFilters,
  sectorSlugs: Map<number, string>,
  /** Only these rows (a search's text matches, lib/search/text-rows), in any order; all rows when absent. */
  rows?: Uint32Array,
): { total: number; facets: FacetCounts } {
  const failures = rowFailures(snapshot, filters);
  const windows = filters.freshnessCutoffs;
  const freshCounts = new Int32Array(windows.length);

  const metroCounts = new Int32Array(METROPOLISES.length).fill(-1);
  const communeCounts = new Int32Array(snapshot.communeCodes.length).fill(-1);
  const stageCounts = new Int32Array(STAGES.length).fill(-1);
  const bandCounts = new Int32Array(TEAM_BANDS.length).fill(-1);
  const yearCounts = new Map<number, number>();
  const sectorCounts = new Map<number, number>();
  let hiring = 0;
  let total = 0;
  const seen = (counts: Int32Array, at: number) => {
    if (counts[at]! < 0) counts[at] = 0;
  };

  const count = rows ? rows.length : snapshot.size;
  for (let k = 0; k < count; k++) {
    const i = rows ? rows[k]! : k;
    const metro = snapshot.metropolis[i]!, commune = snapshot.commune[i]!, stage = snapshot.stage[i]!;
    const year = snapshot.year[i]!, band = snapshot.band[i]!;
    const confirmed = snapshot.confirmed[i]!;
    const fails = failures(i);

    seen(metroCounts, metro);
    seen(communeCounts, commune);
    if (stage !== NONE) seen(stageCounts, stage);
    if (band !== NONE) seen(bandCounts, band);
    if (year !== 0 && !yearCounts.has(year)) yearCounts.set(year, 0);
    if (fails & (fails - 1)) continue; // Fails two dimensions or more: counts nowhere.
    if (fails === 0) total++;
    if ((fails & ~METRO) === 0) metroCounts[metro]!++;
    if ((fails & ~COMMUNE) === 0) communeCounts[commune]!++;
    if ((fails & ~STAGE) === 0 && stage !== NONE) stageCounts[stage]!++;
    if ((fails & ~BAND) === 0 && band !== NONE) bandCounts[band]!++;
    if ((fails & ~YEAR) === 0 && year !== 0) yearCounts.set(year, yearCounts.get(year)! + 1);
    if ((fails & ~HIRING) === 0 && snapshot.hiring[i]) hiring++;
    if ((fails & ~FRESH) === 0) for (let w = 0; w < windows.length; w++) if (confirmed >= windows[w]!.cutoff) freshCounts[w]!++;
    if ((fails & ~SECTOR) === 0) {
      for (let at = snapshot.sectorStart[i]!; at < snapshot.sectorStart[i + 1]!; at++) {
        const id = snapshot.sectorIds[at]!;
        sectorCounts.set(id, (sectorCounts.get(id) ?? 0) + 1);
      }
    }
  }

  const record = (labels: readonly string[], counts: Int32Array) =>
    Object.fromEntries(labels.flatMap((label, at) => (counts[at]! >= 0 ? [[label, counts[at]!]] : [])));
  const sector: Record<string, number> = {};
  for (const [id, count] of sectorCounts) {
    const slug = sectorSlugs.get(id);
    if (slug) sector[slug] = count;
  }
  return {
    total,
    facets: {
      metropolis: record(METROPOLISES, metroCounts),
      commune: record(snapshot.communeCodes, communeCounts),
      sector,
      stage: record(STAGES, stageCounts),
      hiring,
      year: Object.fromEntries([...yearCounts].map(([year, count]) => [String(year), count])),
      teamBand: record(TEAM_BANDS.map((band) => band.id), bandCounts),
      freshness: Object.fromEntries(windows.map((window, w) => [window.id, freshCounts[w]!])),
    },
  };
}
