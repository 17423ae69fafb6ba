// The public directory's search: published startups only, filtered, ranked, paginated, with
// facet counts computed from the same filtered query.
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { listSectors, type Sector } from "@/lib/sectors";
import { findCommune } from "@/lib/territory";
import { teamBandExpr } from "@/lib/startups/sql";
import type { Metropolis, Stage } from "@/lib/startups/options";
import { cachedAtVersion, directoryVersion } from "@/lib/cache/directory-cache";
import { PAGE_SIZE, toQueryString, type SearchParams } from "./params";
import { textMatch } from "./text";

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
  sectors: Pick<Sector, "slug" | "nameFr">[];
};

export type FacetCounts = {
  metropolis: Record<string, number>;
  commune: Record<string, number>;
  sector: Record<string, number>;
  stage: Record<string, number>;
  hiring: number;
  year: Record<string, number>;
  teamBand: Record<string, number>;
};

export type SearchResult = {
  total: number;
  page: number;
  pageCount: number;
  items: SearchResultItem[];
  facets: FacetCounts;
};

type Dimension = "metropolis" | "commune" | "sector" | "stage" | "hiring" | "year" | "teamBand";

/** One condition per filter dimension; `true` when that filter is not set. */
function filterConditions(params: SearchParams, sectorIds: number[]): Record<Dimension, SQL> {
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
  };
}

function allExcept(conditions: Record<Dimension, SQL>, excluded?: Dimension): SQL {
  const parts = (Object.keys(conditions) as Dimension[]).filter((key) => key !== excluded).map((key) => conditions[key]);
  return sql.join(parts, sql` and `);
}

type FacetRow = { facet: string; value: string | null; count: number | string };

/** The WHERE parts of a search: published and matching the text (`base`), and one per filter. */
export function searchScope(params: SearchParams, sectors: Sector[]) {
  const sectorIds = sectors.filter((sector) => params.sectors.includes(sector.slug)).map((sector) => sector.id);
  // A sector slug that no longer exists matches nothing rather than being ignored.
  if (params.sectors.length && sectorIds.length === 0) sectorIds.push(-1);
  const text = textMatch(params.q);
  const base = sql`status = 'published'${text ? sql` and ${text.where}` : sql``}`;
  const conditions = filterConditions(params, sectorIds);
  const orderBy =
    params.sort === "nom" || (params.sort === "pertinence" && !text)
      ? sql`name_sort asc, id`
      : params.sort === "recent"
        ? sql`published_at desc, id`
        : sql`${text!.rank} desc, name_sort asc, id`;
  return { base, conditions, where: sql`${base} and ${allExcept(conditions)}`, orderBy };
}

type Facets = Pick<SearchResult, "total" | "facets">;

/**
 * Facet counts and the total. Each dimension's counts apply every filter except its own, so that
 * choosing a second value of the same filter shows how many it would add. One pass with grouping
 * sets for the scalar dimensions, one for sectors (an array, unnested), each over the
 * text-matching rows. They depend on the query and filters only, not on the page or the sort.
 */
async function searchFacets(db: Executor, params: SearchParams, sectors: Sector[]): Promise<Facets> {
  const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
  const { base, conditions } = searchScope(params, sectors);
  const facetSets: [Dimension, string][] = [
    ["metropolis", "metropolis::text"],
    ["commune", "commune_code"],
    ["stage", "stage::text"],
    ["year", "founded_year::text"],
    ["teamBand", "band"],
    ["hiring", "hiring::text"],
  ];
  const facetQuery = sql`
    select
      case ${sql.raw(facetSets.map(([name, column]) => `when grouping(${column}) = 0 then '${name}'`).join(" "))} else 'total' end as facet,
      coalesce(${sql.raw(facetSets.map(([, column]) => column).join(", "))}) as value,
      case ${sql.join(
        facetSets.map(([name, column]) => sql`when grouping(${sql.raw(column)}) = 0 then count(*) filter (where ${allExcept(conditions, name)})`),
        sql` `,
      )} else count(*) filter (where ${allExcept(conditions)}) end as count
    from (select metropolis, commune_code, sector_ids, stage, hiring, founded_year, team_size, ${teamBandExpr} as band
          from startups where ${base}) matched
    group by grouping sets (${sql.raw(facetSets.map(([, column]) => `(${column})`).join(", "))}, ())`;
  const sectorFacetQuery = sql`
    select 'sector' as facet, sector_id::text as value, count(*) as count
    from startups, unnest(sector_ids) as sector_id
    where ${base} and ${allExcept(conditions, "sector")}
    group by sector_id`;
  const [facetRows, sectorRows] = await Promise.all([queryRows<FacetRow>(db, facetQuery), queryRows<FacetRow>(db, sectorFacetQuery)]);

  const facets: FacetCounts = { metropolis: {}, commune: {}, sector: {}, stage: {}, hiring: 0, year: {}, teamBand: {} };
  let total = 0;
  for (const row of [...facetRows, ...sectorRows]) {
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

/** One page of results, in the requested order. */
async function searchPage(db: Executor, params: SearchParams, sectors: Sector[]): Promise<SearchResultItem[]> {
  const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
  const { where, orderBy } = searchScope(params, sectors);
  const rows = await queryRows<Omit<SearchResultItem, "sectors" | "logoVersion" | "commune"> & { sectorIds: number[]; logoVersion: string | number | null }>(
    db,
    sql`
      select slug, name, tagline, metropolis, commune_code as "communeCode", founded_year as "foundedYear",
        team_size as "teamSize", stage, hiring, sector_ids as "sectorIds", logo is not null as "hasLogo",
        extract(epoch from logo_updated_at)::bigint as "logoVersion"
      from startups
      where ${where}
      order by ${orderBy}
      limit ${PAGE_SIZE} offset ${(params.page - 1) * PAGE_SIZE}`,
  );
  return rows.map(({ sectorIds: ids, logoVersion, ...item }) => ({
    ...item,
    commune: findCommune(item.communeCode)?.name ?? item.communeCode,
    logoVersion: logoVersion === null ? null : Number(logoVersion),
    sectors: ids.flatMap((id) => {
      const sector = sectorById.get(id);
      return sector ? [{ slug: sector.slug, nameFr: sector.nameFr }] : [];
    }),
  }));
}

function searchResult(params: SearchParams, { total, facets }: Facets, items: SearchResultItem[]): SearchResult {
  return { total, page: params.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), items, facets };
}

export async function searchStartups(db: Executor, params: SearchParams): Promise<SearchResult> {
  const sectors = await listSectors(db);
  const [facets, items] = await Promise.all([searchFacets(db, params, sectors), searchPage(db, params, sectors)]);
  return searchResult(params, facets, items);
}

/**
 * searchStartups, cached per directory version (see lib/cache/directory-cache). Facets are cached
 * apart from pages, without the page and the sort: paging through a new search, or sorting it
 * differently, then costs only the page's query (the facets are about two thirds of the work).
 */
export async function searchDirectory(db: Executor, params: SearchParams): Promise<SearchResult> {
  // One version for both parts, so that the total and the page always agree.
  const version = await directoryVersion(db);
  const sectors = await listSectors(db);
  const [facets, items] = await Promise.all([
    cachedAtVersion(db, version, `facets${toQueryString(params, { page: 1, sort: "pertinence", view: "liste" })}`, () => searchFacets(db, params, sectors)),
    cachedAtVersion(db, version, `page${toQueryString(params, { view: "liste" })}`, () => searchPage(db, params, sectors)),
  ]);
  return searchResult(params, facets, items);
}
