// The sitemap, split as the protocol requires (sitemaps.org: at most 50,000 URLs and 50 MB per
// file): /sitemap.xml is an index of /sitemaps/<n>.xml, as many as the directory needs. Published
// profiles only, read per request, so an unpublished profile leaves at once.
import type { Executor } from "@/db/client";
import { eventsForSitemap } from "@/lib/events/public";
import { countPublished, listPublishedForSitemap } from "@/lib/startups/public";
import { siteUrl } from "@/lib/site";

/** Below the protocol's 50,000, so a sitemap never overflows while startups are being published. */
export const URLS_PER_SITEMAP = 45_000;

type Entry = { url: string; lastModified?: Date };

const PAGES = ["/startups", "/statistiques", "/evenements", "/donnees-ouvertes", "/a-propos"];

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);
}

function xml(root: "urlset" | "sitemapindex", item: "url" | "sitemap", entries: Entry[]): string {
  const body = entries
    .map((entry) => `<${item}><loc>${escapeXml(entry.url)}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ""}</${item}>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</${root}>\n`;
}

/** The URLs that come before the profiles: the site's pages and the live events (a few hundred at most). */
async function leadingEntries(db: Executor): Promise<Entry[]> {
  const base = siteUrl();
  const events = await eventsForSitemap(db);
  return [...PAGES.map((path) => ({ url: `${base}${path}` })), ...events.map((event) => ({ url: `${base}/evenements/${event.slug}`, lastModified: event.updatedAt }))];
}

/** How many sitemaps: the leading entries and every published profile, URLS_PER_SITEMAP each. */
export async function sitemapCount(db: Executor, perSitemap = URLS_PER_SITEMAP, leading?: number): Promise<number> {
  const lead = leading ?? (await leadingEntries(db)).length;
  return Math.max(1, Math.ceil((lead + (await countPublished(db))) / perSitemap));
}

export async function sitemapIndexXml(db: Executor): Promise<string> {
  const count = await sitemapCount(db);
  return xml("sitemapindex", "sitemap", Array.from({ length: count }, (_, n) => ({ url: `${siteUrl()}/sitemaps/${n}.xml` })));
}

/** Sitemap n (from 0): the site's pages first, then the profiles in slug order. Null past the last. */
export async function sitemapXml(db: Executor, n: number, perSitemap = URLS_PER_SITEMAP): Promise<string | null> {
  if (!Number.isInteger(n) || n < 0) return null;
  const leading = await leadingEntries(db);
  if (n >= (await sitemapCount(db, perSitemap, leading.length))) return null;
  const base = siteUrl();
  // Sitemap n holds the URLs at positions [n × perSitemap, (n + 1) × perSitemap) of the whole list:
  // the leading entries first, then the profiles in slug order.
  const pages = leading.slice(n * perSitemap, (n + 1) * perSitemap);
  const offset = Math.max(0, n * perSitemap - leading.length);
  const profiles = await listPublishedForSitemap(db, offset, perSitemap - pages.length);
  return xml("urlset", "url", [...pages, ...profiles.map((profile) => ({ url: `${base}/startups/${profile.slug}`, lastModified: profile.updatedAt }))]);
}
