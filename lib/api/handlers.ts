// The open data API's request handlers, taking the database as an argument so that tests can
// call them directly. Route files (app/api/v1/*) only pass the request through.
import type { Db } from "@/db/client";
import { cachedForDirectory, directoryVersion } from "@/lib/cache/directory-cache";
import { clientIpOf } from "@/lib/client-ip";
import { limitOrRefuse } from "@/lib/http/too-many-requests";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { listSectors } from "@/lib/sectors";
import { directoryStats, type Stats } from "@/lib/stats/compute";
import { badRequest, CORS_HEADERS, csvLine, csvResponse, etagFor, jsonHeaders, jsonResponse, LICENCE, notModified } from "./http";
import { labelledStats } from "./labels";
import { openApiDocument } from "./openapi";
import { parseNoQuery, parseStartupListQuery, parseStatsQuery, type StatsSeries } from "./params";
import { allPublicStartups, listPublicStartups, type PublicStartup } from "./startups";
import { territoryOpenData } from "@/lib/map/open-data";

function meta(extra: Record<string, unknown> = {}) {
  return { licence: LICENCE.name, licenceUrl: LICENCE.url, source: "Normandy French Tech", generatedAt: new Date().toISOString(), ...extra };
}

export async function handleStartupList(db: Db, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const sectors = await listSectors(db);
  const parsed = parseStartupListQuery(url, sectors.map((sector) => sector.slug), { paginated: true });
  if (!parsed.ok) return badRequest(parsed.errors);
  const etag = etagFor(await directoryVersion(db), url);
  const cached = notModified(request, etag);
  if (cached) return cached;
  const { search, size } = parsed.value;
  // Same per-version cache as the directory page: repeated queries cost one primary-key lookup.
  const { total, items } = await cachedForDirectory(db, `api:startups:${url.searchParams.toString()}`, () => listPublicStartups(db, search, size, sectors));
  const pageCount = Math.max(1, Math.ceil(total / size));
  const link = (page: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(page));
    return `${next.pathname}?${next.searchParams.toString()}`;
  };
  return jsonResponse(
    {
      data: items,
      meta: meta({ page: search.page, size, total, pageCount }),
      links: { self: link(search.page), next: search.page < pageCount ? link(search.page + 1) : null, prev: search.page > 1 ? link(search.page - 1) : null },
    },
    etag,
  );
}

const CSV_COLUMNS: (keyof PublicStartup)[] = [
  "slug", "name", "tagline", "metropolis", "communeCode", "commune", "sectors", "foundedYear", "teamSize",
  "fundsRaisedEur", "stage", "hiring", "website", "linkedinUrl", "twitterUrl", "url", "publishedAt", "updatedAt", "description",
];

export async function handleStartupCsv(db: Db, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const sectors = await listSectors(db);
  const parsed = parseStartupListQuery(url, sectors.map((sector) => sector.slug), { paginated: false });
  if (!parsed.ok) return badRequest(parsed.errors);
  const etag = etagFor(await directoryVersion(db), url);
  const cached = notModified(request, etag);
  if (cached) return cached;
  // The full export is the costliest public read: generous per-address limit, 304s are free.
  const refused = await limitOrRefuse(db, RATE_LIMITS.publicCsvIp, `csv:ip:${clientIpOf((name) => request.headers.get(name))}`);
  if (refused) return refused;
  const encoder = new TextEncoder();
  const batches = allPublicStartups(db, parsed.value.search, sectors);
  // Streamed batch by batch: memory stays flat however many startups match.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\ufeff${csvLine(CSV_COLUMNS)}`));
    },
    async pull(controller) {
      const { value, done } = await batches.next();
      if (done) return controller.close();
      controller.enqueue(
        encoder.encode(
          value.map((startup) => csvLine(CSV_COLUMNS.map((column) => (column === "sectors" ? startup.sectors.join("|") : (startup[column] as string | number | boolean | null))))).join(""),
        ),
      );
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return csvResponse(stream, etag, "startups-normandy-french-tech.csv");
}

export async function handleStats(db: Db, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseStatsQuery(url, { csv: false });
  if (!parsed.ok) return badRequest(parsed.errors);
  const etag = etagFor(await directoryVersion(db), url);
  const cached = notModified(request, etag);
  if (cached) return cached;
  const stats = await directoryStats(db, parsed.value.metropolis);
  return jsonResponse({ data: labelledStats(stats), meta: meta() }, etag);
}

/** Each series of the statistics as CSV rows (header first). */
export function statsSeriesRows(stats: Stats, series: StatsSeries): (string | number | boolean | null)[][] {
  switch (series) {
    case "metropoles":
      return [["metropole", "startups", "emplois", "fonds_leves_eur", "part"], ...stats.byMetropolis.map((m) => [m.metropolis, m.startups, m.jobs, m.fundsEur, m.share])];
    case "secteurs":
      return [["secteur", "nom", "startups", "emplois", "fonds_leves_eur"], ...stats.bySector.map((s) => [s.slug, s.name, s.startups, s.jobs, s.fundsEur])];
    case "annees":
      return [["annee_creation", "startups"], ...stats.byFoundedYear.map((y) => [y.year, y.startups])];
    case "stades":
      return [["stade", "startups"], ...stats.byStage.map((s) => [s.stage, s.startups])];
    case "effectifs":
      return [["tranche_effectif", "startups"], ...stats.byTeamBand.map((b) => [b.band, b.startups])];
    case "croissance":
      return [["mois", "publiees", "cumul"], ...stats.growth.map((g) => [g.month, g.published, g.cumulative])];
    case "communes":
      return [
        ["code_insee", "commune", "metropole", "population", "startups", "emplois", "startups_pour_10000_hab", "emplois_pour_10000_hab"],
        ...stats.byCommune.map((c) => [c.code, c.name, c.metropolis, c.population, c.startups, c.jobs, c.startupsPer10k, c.jobsPer10k]),
      ];
  }
}

export async function handleStatsCsv(db: Db, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseStatsQuery(url, { csv: true });
  if (!parsed.ok) return badRequest(parsed.errors);
  const etag = etagFor(await directoryVersion(db), url);
  const cached = notModified(request, etag);
  if (cached) return cached;
  const stats = await directoryStats(db, parsed.value.metropolis);
  const body = `\ufeff${statsSeriesRows(stats, parsed.value.series!).map(csvLine).join("")}`;
  return csvResponse(body, etag, `statistiques-${parsed.value.series}.csv`);
}

/** The member communes' outlines (they change only with a new build, not with the directory). */
export function handleTerritory(request: Request): Response {
  const errors = parseNoQuery(new URL(request.url));
  if (errors.length) return badRequest(errors);
  const { body, etag } = territoryOpenData();
  return notModified(request, etag) ?? new Response(body, { headers: jsonHeaders(etag) });
}

/** This API's OpenAPI document (no parameters, like the territory). */
export function handleOpenApi(request: Request): Response {
  const errors = parseNoQuery(new URL(request.url));
  if (errors.length) return badRequest(errors);
  return new Response(JSON.stringify(openApiDocument, null, 2), {
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
