// The sitemap, split as the protocol requires (sitemaps.org: at most 50,000 URLs and 50 MB per
// file): /sitemap.xml is an index of /sitemaps/<n>.xml, as many as the directory needs. Published
// profiles only, read per request, so an unpublished profile leaves at once. Every page is listed
// in both languages, each URL with its twins as `xhtml:link` alternates (Google's sitemap form of
// hreflang), so a sitemap of n URLs holds n / 2 pages.
import type { Executor } from "@/db/client";
import { eventsForSitemap } from "@/lib/events/public";
import { countPublished, listPublishedForSitemap } from "@/lib/startups/public";
import { siteUrl } from "@/lib/site";
import { LANG_TAGS, LANGS, localePath } from "@/lib/i18n/lang";

/** Below the protocol's 50,000, so a sitemap never overflows while startups are being published. */
export const URLS_PER_SITEMAP = 45_000;

/** A page (a path without language prefix), listed once per language. */
type Entry = { path: string; lastModified?: Date };

const PAGES = ["/startups", "/statistiques", "/evenements", "/donnees-ouvertes", "/a-propos"];

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);
}

const lastmod = (date?: Date) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : "");

function indexXml(urls: string[]): string {
  const body = urls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

function urlsetXml(entries: Entry[]): string {
  const base = siteUrl();
  const body = entries
    .flatMap((entry) => {
      const alternates = LANGS.map((lang) => `<xhtml:link rel="alternate" hreflang="${LANG_TAGS[lang]}" href="${escapeXml(`${base}${localePath(lang, entry.path)}`)}"/>`).join("");
      return LANGS.map((lang) => `<url><loc>${escapeXml(`${base}${localePath(lang, entry.path)}`)}</loc>${lastmod(entry.lastModified)}${alternates}</url>`);
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

/** Pages per sitemap: each takes one URL per language. */
const pagesPer = (urlsPerSitemap: number) => Math.max(1, Math.floor(urlsPerSitemap / LANGS.length));

/** The URLs that come before the profiles: the site's pages and the live events (a few hundred at most). */
async function leadingEntries(db: Executor): Promise<Entry[]> {
  const events = await eventsForSitemap(db);
  return [...PAGES.map((path) => ({ path })), ...events.map((event) => ({ path: `/evenements/${event.slug}`, lastModified: event.updatedAt }))];
}

/** How many sitemaps: the leading pages and every published profile, in both languages, `urlsPerSitemap` URLs each. */
export async function sitemapCount(db: Executor, urlsPerSitemap = URLS_PER_SITEMAP, leading?: number): Promise<number> {
  const lead = leading ?? (await leadingEntries(db)).length;
  return Math.max(1, Math.ceil((lead + (await countPublished(db))) / pagesPer(urlsPerSitemap)));
}

export async function sitemapIndexXml(db: Executor): Promise<string> {
  const count = await sitemapCount(db);
  return indexXml(Array.from({ length: count }, (_, n) => `${siteUrl()}/sitemaps/${n}.xml`));
}

/** Sitemap n (from 0): the site's pages first, then the profiles in slug order. Null past the last. */
export async function sitemapXml(db: Executor, n: number, urlsPerSitemap = URLS_PER_SITEMAP): Promise<string | null> {
  if (!Number.isInteger(n) || n < 0) return null;
  const leading = await leadingEntries(db);
  if (n >= (await sitemapCount(db, urlsPerSitemap, leading.length))) return null;
  const perSitemap = pagesPer(urlsPerSitemap);
  // Sitemap n holds the URLs at positions [n × perSitemap, (n + 1) × perSitemap) of the whole list:
  // the leading entries first, then the profiles in slug order.
  const pages = leading.slice(n * perSitemap, (n + 1) * perSitemap);
  const offset = Math.max(0, n * perSitemap - leading.length);
  const profiles = await listPublishedForSitemap(db, offset, perSitemap - pages.length);
  return urlsetXml([...pages, ...profiles.map((profile) => ({ path: `/startups/${profile.slug}`, lastModified: profile.updatedAt }))]);
}
