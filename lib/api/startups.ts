// Published startups as the open data API serves them: public fields only, never the row.
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import type { SearchParams } from "@/lib/search/params";
import { searchScope } from "@/lib/search/search";
import type { Sector } from "@/lib/sectors";
import { siteUrl } from "@/lib/site";
import { findCommune } from "@/lib/territory";

export type PublicStartup = {
  slug: string;
  url: string;
  name: string;
  tagline: string;
  description: string;
  metropolis: string;
  communeCode: string;
  commune: string;
  sectors: string[];
  foundedYear: number | null;
  teamSize: number | null;
  fundsRaisedEur: number | null;
  stage: string | null;
  hiring: boolean;
  website: string | null;
  linkedinUrl: string | null;
  twitterUrl: string | null;
  publishedAt: string;
  updatedAt: string;
};

type Row = Omit<PublicStartup, "url" | "commune" | "sectors" | "publishedAt" | "updatedAt" | "fundsRaisedEur"> & {
  sectorIds: number[];
  publishedAt: Date | string;
  updatedAt: Date | string;
  fundsRaisedEur: number | string | null;
};

const COLUMNS = sql`slug, name, tagline, description, metropolis::text as metropolis, commune_code as "communeCode",
  sector_ids as "sectorIds", founded_year as "foundedYear", team_size as "teamSize", funds_raised_eur as "fundsRaisedEur",
  stage::text as stage, hiring, website, linkedin_url as "linkedinUrl", twitter_url as "twitterUrl",
  published_at as "publishedAt", updated_at as "updatedAt"`;

function toPublic(row: Row, sectors: Map<number, string>): PublicStartup {
  const { sectorIds, ...rest } = row;
  return {
    ...rest,
    url: `${siteUrl()}/startups/${row.slug}`,
    commune: findCommune(row.communeCode)?.name ?? row.communeCode,
    sectors: sectorIds.flatMap((id) => sectors.get(id) ?? []),
    fundsRaisedEur: row.fundsRaisedEur === null ? null : Number(row.fundsRaisedEur),
    publishedAt: new Date(row.publishedAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export async function listPublicStartups(db: Executor, params: SearchParams, size: number, sectors: Sector[]) {
  const { where, orderBy } = searchScope(params, sectors);
  const sectorSlugs = new Map(sectors.map((sector) => [sector.id, sector.slug]));
  const [rows, [count]] = await Promise.all([
    queryRows<Row>(db, sql`select ${COLUMNS} from startups where ${where} order by ${orderBy} limit ${size} offset ${(params.page - 1) * size}`),
    queryRows<{ total: number | string }>(db, sql`select count(*) as total from startups where ${where}`),
  ]);
  return { total: Number(count?.total ?? 0), items: rows.map((row) => toPublic(row, sectorSlugs)) };
}

/** Every matching startup, in batches (keyset pagination on name, then id), for streaming. */
export async function* allPublicStartups(db: Executor, params: SearchParams, sectors: Sector[], batchSize = 1000): AsyncGenerator<PublicStartup[]> {
  const { where } = searchScope(params, sectors);
  const sectorSlugs = new Map(sectors.map((sector) => [sector.id, sector.slug]));
  let after: { nameSort: string; id: string } | null = null;
  for (;;) {
    const cursor: SQL = after ? sql`and (name_sort, id) > (${after.nameSort}, ${after.id}::uuid)` : sql``;
    const rows = await queryRows<Row & { nameSort: string; id: string }>(
      db,
      sql`select ${COLUMNS}, name_sort as "nameSort", id from startups where ${where} ${cursor} order by name_sort, id limit ${batchSize}`,
    );
    if (rows.length === 0) return;
    yield rows.map(({ nameSort: _nameSort, id: _id, ...row }) => toPublic(row, sectorSlugs));
    const last = rows.at(-1)!;
    after = { nameSort: last.nameSort, id: last.id };
    if (rows.length < batchSize) return;
  }
}
