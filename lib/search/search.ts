// The public directory's search: published startups only, filtered, ranked, paginated, with
// facet counts computed from the same filtered query.
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db, type Executor } from "@/db/client";
import { listSectors, type Sector } from "@/lib/sectors";
import { findCommune } from "@/lib/territory";
import { teamBandExpr } from "@/lib/startups/sql";
import type { Metropolis, Stage } from "@/lib/startups/options";
import { cachedAtVersion, directoryGeneration, type DirectoryGeneration } from "@/lib/cache/directory-cache";
import { FRESHNESS_FILTER_IDS, filterCutoff, freshnessReference, staleCutoff } from "@/lib/freshness/policy";
import { PAGE_SIZE, toQueryString, type SearchParams } from "./params";
import { textMatch } from "./text";
import { countFacets, idOfRow, loadFacetSnapshot, rowFailures, type FacetSnapshot, type SnapshotFilters } from "./facet-snapshot";
import { textMatchRows } from "./text-rows";

export type SearchResultItem = {
  slug: string;
  name: string;
  tagline: string;
  metropolis: Metropolis;
  communeCode: string;
  commune: string;
  foundedYear: number | null;
  teamSize: number | null;
  stage: Stage | null;
  hiring: boolean;
  hasLogo: boolean;
  logoVersion: number | null;
  /** Not confirmed by the startup for 18 months: the card shows "à vérifier" (lib/freshness). */
  stale: boolean;
  sectors: Pick<Sector, "slug" | "nameFr" | "nameEn">[];
};

export type FacetCounts = {
  metropolis: Record<string, number>;
  commune: Record<string, number>;
  sector: Record<string, number>;
  stage: Record<string, number>;
  hiring: number;
  year: Record<string, number>;
  teamBand: Record<string, number>;
  /** Per `fraicheur` value: the matches confirmed within that window. */
  freshness: Record<string, number>;
};

export type SearchResult = {
  total: number;
  page: number;
  pageCount: number;
  items: SearchResultItem[];
  facets: FacetCounts;
};

/** How many matches of a relevance-ordered search get the exact rank: 25 pages. A multiple of PAGE_SIZE. */
export const RANKED_CANDIDATES = 500;

type Dimension = "metropolis" | "commune" | "sector" | "stage" | "hiring" | "year" | "teamBand" | "freshness";

/** Each `fraicheur` value with its cutoff at `reference`, as SQL values. */
function freshnessCutoffs(reference: Date) {
  return FRESHNESS_FILTER_IDS.map((id) => ({ id, cutoff: filterCutoff(id, reference) }));
}

/** One condition per filter dimension; `true` when that filter is not set. */
function filterConditions(params: SearchParams, sectorIds: number[], reference: Date): Record<Dimension, SQL> {
  const inList = (column: SQL, values: readonly string[]) =>
    values.length ? sql`${column} in (${sql.join(values.map((value) => sql`${value}`), sql`, `)})` : sql`true`;
  const years: SQL[] = [];
  if (params.yearMin !== null) years.push(sql`founded_year >= ${params.yearMin}`);
  if (params.yearMax !== null) years.push(sql`founded_year <= ${params.yearMax}`);
  return {
    metropolis: inList(sql`metropolis::text`, params.metropolises),
    commune: params.commune ? sql`commune_code = ${params.commune}` : sql`true`,
    // Several sectors widen the search: a startup in any of them matches.
    sector: params.sectors.length
      ? sql`sector_ids && ${sql.raw(`'{${sectorIds.join(",")}}'::smallint[]`)}`
      : sql`true`,
    stage: inList(sql`stage::text`, params.stages),
    hiring: params.hiring ? sql`hiring` : sql`true`,
    year: years.length ? sql.join(years, sql` and `) : sql`true`,
    teamBand: inList(teamBandExpr, params.teamBands),
    freshness: params.freshness ? sql`confirmed_at >= ${filterCutoff(params.freshness, reference).toISOString()}::timestamptz` : sql`true`,
  };
}

function allExcept(conditions: Record<Dimension, SQL>, excluded?: Dimension): SQL {
  const parts = (Object.keys(conditions) as Dimension[]).filter((key) => key !== excluded).map((key) => conditions[key]);
  return sql.join(parts, sql` and `);
}

type FacetRow = { facet: string; value: string | null; count: number | string };

/**
 * The WHERE parts of a search: published and matching the text (`base`), and one per filter.
 * Freshness is measured from `reference` (lib/freshness/policy: the start of the Paris day).
 */
export function searchScope(params: SearchParams, sectors: Sector[], reference: Date = freshnessReference(new Date())) {
  const sectorIds = sectors.filter((sector) => params.sectors.includes(sector.slug)).map((sector) => sector.id);
  // A sector slug that no longer exists matches nothing rather than being ignored.
  if (params.sectors.length && sectorIds.length === 0) sectorIds.push(-1);
  const text = textMatch(params.q);
  const base = sql`status = 'published'${text ? sql` and ${text.where}` : sql``}`;
  const conditions = filterConditions(params, sectorIds, reference);
  const orderBy =
    params.sort === "nom" || (params.sort === "pertinence" && !text?.rank)
      ? sql`name_sort asc, id`
      : params.sort === "recent"
        ? sql`published_at desc, id`
        : sql`${text!.rank} desc, name_sort asc, id`;
  // Ranking by relevance reads every match's search vector (ts_rank): on a large match set that is
  // most of a search's time. Only the first RANKED_CANDIDATES rows by the cheap tier get the exact
  // rank (see searchPage); `tier` is null when the order needs no rank at all.
  const tier = params.sort === "pertinence" ? (text?.tier ?? null) : null;
  return { base, conditions, where: sql`${base} and ${allExcept(conditions)}`, orderBy, tier, rank: text?.rank ?? null };
}

type Facets = Pick<SearchResult, "total" | "facets">;

/**
 * Facet counts and the total. Each dimension's counts apply every filter except its own, so that
 * choosing a second value of the same filter shows how many it would add. One pass with grouping
 * sets for the scalar dimensions, one for sectors (an array, unnested), each over the
 * text-matching rows. They depend on the query and filters only, not on the page or the sort.
 */
async function searchFacets(db: Executor, params: SearchParams, sectors: Sector[], reference: Date): Promise<Facets> {
  const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
  const { base, conditions } = searchScope(params, sectors, reference);
  const windows = sql.join(
    freshnessCutoffs(reference).map(({ id, cutoff }) => sql`(${id}, ${cutoff.toISOString()}::timestamptz)`),
    sql`, `,
  );
  const facetSets: [Dimension, string][] = [
    ["metropolis", "metropolis::text"],
    ["commune", "commune_code"],
    ["stage", "stage::text"],
    ["year", "founded_year::text"],
    ["teamBand", "band"],
    ["hiring", "hiring::text"],
  ];
  // One scan of the matching rows (a materialized CTE) feeds both aggregations; before, each
  // aggregation ran the text match and read the wide rows again.
  const facetQuery = sql`
    with matched as materialized (
      select metropolis, commune_code, sector_ids, stage, hiring, founded_year, team_size, confirmed_at, ${teamBandExpr} as band
      from startups where ${base})
    select
      case ${sql.raw(facetSets.map(([name, column]) => `when grouping(${column}) = 0 then '${name}'`).join(" "))} else 'total' end as facet,
      coalesce(${sql.raw(facetSets.map(([, column]) => column).join(", "))}) as value,
      case ${sql.join(
        facetSets.map(([name, column]) => sql`when grouping(${sql.raw(column)}) = 0 then count(*) filter (where ${allExcept(conditions, name)})`),
        sql` `,
      )} else count(*) filter (where ${allExcept(conditions)}) end as count
    from matched
    group by grouping sets (${sql.raw(facetSets.map(([, column]) => `(${column})`).join(", "))}, ())
    union all
    select 'sector', sector_id::text, count(*)
    from matched, unnest(sector_ids) as sector_id
    where ${allExcept(conditions, "sector")}
    group by sector_id
    union all
    select 'freshness', freshness_window.id, count(*)
    from matched, (values ${windows}) as freshness_window (id, cutoff)
    where ${allExcept(conditions, "freshness")} and confirmed_at >= freshness_window.cutoff
    group by freshness_window.id`;
  const facetRows = await queryRows<FacetRow>(db, facetQuery);

  const facets: FacetCounts = { ...emptyFacets(), freshness: Object.fromEntries(FRESHNESS_FILTER_IDS.map((id) => [id, 0])) };
  let total = 0;
  for (const row of facetRows) {
    const count = Number(row.count);
    if (row.facet === "total") total = count;
    else if (row.facet === "hiring") {
      if (row.value === "true") facets.hiring = count;
    } else if (row.facet === "sector") {
      const sector = sectorById.get(Number(row.value));
      if (sector) facets.sector[sector.slug] = count;
    } else if (row.value !== null) facets[row.facet as Exclude<Dimension, "hiring" | "sector">][row.value] = count;
  }
  return { total, facets };
}

export function emptyFacets(): FacetCounts {
  return { metropolis: {}, commune: {}, sector: {}, stage: {}, hiring: 0, year: {}, teamBand: {}, freshness: {} };
}

/** The filters of a search, in the snapshot's terms (lib/search/facet-snapshot). */
export function snapshotFilters(params: SearchParams, sectors: Sector[], reference: Date): SnapshotFilters {
  const sectorIds = sectors.filter((sector) => params.sectors.includes(sector.slug)).map((sector) => sector.id);
  return {
    metropolises: params.metropolises,
    commune: params.commune,
    // An unknown sector slug matches nothing, as in SQL.
    sectorIds: params.sectors.length ? sectorIds : null,
    stages: params.stages,
    hiring: params.hiring,
    yearMin: params.yearMin,
    yearMax: params.yearMax,
    teamBands: params.teamBands,
    freshness: params.freshness,
    freshnessCutoffs: freshnessCutoffs(reference).map(({ id, cutoff }) => ({ id, cutoff: cutoff.getTime() })),
  };
}

/**
 * Facets for the directory page, counted from this instance's snapshot of the facet columns at
 * this very version: over every row, or over the rows the text matches (lib/search/text-rows).
 * In SQL over the matching rows only when the snapshot is not at this version.
 */
async function directoryFacets(db: Db, generation: DirectoryGeneration, params: SearchParams, sectors: Sector[], reference: Date): Promise<Facets> {
  const snapshot = await snapshotAt(db, generation);
  if (snapshot) {
    const rows = textMatch(params.q) === null ? undefined : await textMatchRows(db, snapshot, params.q);
    if (rows !== null) return countFacets(snapshot, snapshotFilters(params, sectors, reference), new Map(sectors.map((sector) => [sector.id, sector.slug])), rows);
  }
  return searchFacets(db, params, sectors, reference);
}

/** This instance's facet snapshot, when it is at exactly this generation. */
async function snapshotAt(db: Db, generation: DirectoryGeneration): Promise<FacetSnapshot | null> {
  const snapshot = await cachedAtVersion(db, generation.version, `facet-snapshot:${generation.freshness}`, () => loadFacetSnapshot(db));
  return snapshot.version === generation.version && snapshot.freshness === generation.freshness ? snapshot : null;
}

/**
 * A page of the directory. In relevance order, the rows are cut in process from the text's
 * matches in their cheap order (lib/search/text-rows) under the snapshot's filters, so that SQL
 * reads only the candidates to rank, or the page itself, by id: the same rows and order as
 * searchPage's own SQL, without scanning every match again.
 */
async function directoryPage(db: Db, generation: DirectoryGeneration, params: SearchParams, sectors: Sector[], reference: Date): Promise<SearchResultItem[]> {
  if (params.sort === "pertinence" && textMatch(params.q)?.tier) {
    const snapshot = await snapshotAt(db, generation);
    const rows = snapshot && (await textMatchRows(db, snapshot, params.q));
    if (snapshot && rows) return searchPage(db, params, sectors, reference, pickRows(snapshot, rows, snapshotFilters(params, sectors, reference), params.page));
  }
  return searchPage(db, params, sectors, reference);
}

/** The rows of a relevance page chosen in process: the candidates to rank exactly, or past them the page itself. */
type PickedRows = { ids: string[]; ranked: boolean };

function pickRows(snapshot: FacetSnapshot, rows: Uint32Array, filters: SnapshotFilters, page: number): PickedRows {
  const failures = rowFailures(snapshot, filters);
  const offset = (page - 1) * PAGE_SIZE;
  const ranked = offset < RANKED_CANDIDATES;
  const [skip, take] = ranked ? [0, RANKED_CANDIDATES] : [offset, PAGE_SIZE];
  const ids: string[] = [];
  let passed = 0;
  for (let k = 0; k < rows.length && ids.length < take; k++) {
    if (failures(rows[k]!) !== 0) continue;
    if (passed++ >= skip) ids.push(idOfRow(snapshot, rows[k]!));
  }
  return { ids, ranked };
}

/** One page of results, in the requested order; of `picked` rows only when given (directoryPage). */
async function searchPage(db: Executor, params: SearchParams, sectors: Sector[], reference: Date, picked?: PickedRows): Promise<SearchResultItem[]> {
  const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
  const { where, orderBy, tier, rank } = searchScope(params, sectors, reference);
  const offset = (params.page - 1) * PAGE_SIZE;
  const columns = sql`slug, name, tagline, metropolis, commune_code as "communeCode", founded_year as "foundedYear",
        team_size as "teamSize", stage, hiring, sector_ids as "sectorIds", logo is not null as "hasLogo",
        extract(epoch from logo_updated_at)::bigint as "logoVersion",
        coalesce(confirmed_at < ${staleCutoff(reference).toISOString()}::timestamptz, true) as stale`;
  type Row = Omit<SearchResultItem, "sectors" | "logoVersion" | "commune"> & { id: string; sectorIds: number[]; logoVersion: string | number | null };
  let query: SQL;
  if (picked) {
    if (picked.ids.length === 0) return [];
    // Our own snapshot's UUIDs, as one array parameter. Still published: a write since the
    // snapshot's version must not bring back a row it unpublished.
    const byId = sql`status = 'published' and id = any(${`{${picked.ids.join(",")}}`}::uuid[])`;
    query = picked.ranked
      ? sql`select id, ${columns} from startups where ${byId} order by ${tier} desc, ${rank} desc, name_sort, id limit ${PAGE_SIZE} offset ${offset}`
      : sql`select id, ${columns} from startups where ${byId}`;
  } else if (tier && rank && offset < RANKED_CANDIDATES) {
    // The first RANKED_CANDIDATES matches by (tier, name), ordered exactly within.
    query = sql`
      with candidates as (
        select id, ${tier} as tier from startups where ${where}
        order by tier desc, name_sort, id limit ${RANKED_CANDIDATES})
      select ${columns}
      from candidates join startups using (id)
      order by candidates.tier desc, ${rank} desc, name_sort, id
      limit ${PAGE_SIZE} offset ${offset}`;
  } else if (tier) {
    // Past the candidates: the rest of the matches in the cheap order, so pages never overlap.
    query = sql`select ${columns} from startups where ${where} order by ${tier} desc, name_sort, id limit ${PAGE_SIZE} offset ${offset}`;
  } else {
    query = sql`select ${columns} from startups where ${where} order by ${orderBy} limit ${PAGE_SIZE} offset ${offset}`;
  }
  let rows = await queryRows<Row>(db, query);
  if (picked && !picked.ranked) {
    const order = new Map(picked.ids.map((id, at) => [id, at]));
    rows = rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  return rows.map(({ id: _id, sectorIds: ids, logoVersion, ...item }) => ({
    ...item,
    commune: findCommune(item.communeCode)?.name ?? item.communeCode,
    logoVersion: logoVersion === null ? null : Number(logoVersion),
    sectors: ids.flatMap((id) => {
      const sector = sectorById.get(id);
      return sector ? [{ slug: sector.slug, nameFr: sector.nameFr, nameEn: sector.nameEn }] : [];
    }),
  }));
}

function searchResult(params: SearchParams, { total, facets }: Facets, items: SearchResultItem[]): SearchResult {
  return { total, page: params.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), items, facets };
}

export async function searchStartups(db: Executor, params: SearchParams, now: Date = new Date()): Promise<SearchResult> {
  const sectors = await listSectors(db);
  const reference = freshnessReference(now);
  const [facets, items] = await Promise.all([searchFacets(db, params, sectors, reference), searchPage(db, params, sectors, reference)]);
  return searchResult(params, facets, items);
}

/**
 * searchStartups, cached per directory version (see lib/cache/directory-cache). Facets are cached
 * apart from pages, without the page and the sort: paging through a new search, or sorting it
 * differently, then costs only the page's query (the facets are about two thirds of the work).
 */
export async function searchDirectory(db: Db, params: SearchParams, now: Date = new Date()): Promise<SearchResult> {
  // One generation for both parts, so that the total and the page always agree. Freshness (the
  // filter, its counts, the cards' badges) also depends on confirmations and on the day.
  const generation = await directoryGeneration(db, now);
  const reference = freshnessReference(now);
  const sectors = await listSectors(db);
  const prefix = `${generation.freshness}:${generation.day}:`;
  const [facets, items] = await Promise.all([
    cachedAtVersion(db, generation.version, `${prefix}facets${toQueryString(params, { page: 1, sort: "pertinence", view: "liste" })}`, () =>
      directoryFacets(db, generation, params, sectors, reference),
    ),
    cachedAtVersion(db, generation.version, `${prefix}page${toQueryString(params, { view: "liste" })}`, () => directoryPage(db, generation, params, sectors, reference)),
  ]);
  return searchResult(params, facets, items);
}
