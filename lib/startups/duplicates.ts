// Possible duplicates of a profile: the same SIREN, the same website domain, or a very similar name.
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import type { ProfileData } from "./profile";

export type DuplicateMatch = { id: string; slug: string; name: string; status: string; reasons: ("siren" | "domain" | "name")[] };

/** "https://www.exemple.fr/a" → "exemple.fr". */
export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

const NAME_SIMILARITY = 0.6;

/**
 * `publishedOnly` for members: they are only ever shown published profiles. Moderators (the
 * queue) and admins (the import) see matches among drafts and unpublished profiles too.
 */
export async function findDuplicates(
  db: Executor,
  profile: Pick<ProfileData, "name" | "siren" | "website">,
  excludeStartupId: string | null,
  { publishedOnly }: { publishedOnly: boolean },
): Promise<DuplicateMatch[]> {
  const domain = websiteDomain(profile.website);
  const rows = await queryRows<{ id: string; slug: string; name: string; status: string; siren: boolean; domain: boolean; similar: boolean }>(
    db,
    sql`
      select id, slug, name, status,
        (${profile.siren}::text is not null and siren = ${profile.siren}) as siren,
        (${domain}::text is not null and lower(regexp_replace(website, '^https?://(www\\.)?([^/:?#]+).*$', '\\2')) = ${domain}) as domain,
        similarity(name_sort, f_unaccent(lower(${profile.name}))) >= ${NAME_SIMILARITY} as similar
      from startups
      where (${excludeStartupId}::uuid is null or id <> ${excludeStartupId}::uuid)
        and (not ${publishedOnly} or status = 'published')
        and (
          (${profile.siren}::text is not null and siren = ${profile.siren})
          or (${domain}::text is not null and website ilike ${`%${domain}%`})
          or name_sort % f_unaccent(lower(${profile.name}))
        )
      limit 20`,
  );
  return rows
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      status: row.status,
      reasons: (["siren", "domain", "name"] as const).filter((reason) => (reason === "name" ? row.similar : row[reason])),
    }))
    .filter((match) => match.reasons.length > 0);
}
