import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { eventsForSitemap } from "@/lib/events/public";
import { listPublishedForSitemap } from "@/lib/startups/public";
import { siteUrl } from "@/lib/site";

// Published profiles only, computed per request so that an unpublished profile leaves at once.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const base = siteUrl();
  const db = await getDb();
  const [startups, events] = await Promise.all([listPublishedForSitemap(db), eventsForSitemap(db)]);
  return [
    { url: `${base}/startups`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/statistiques`, changeFrequency: "daily", priority: 0.8 },
    { url: `${base}/evenements`, changeFrequency: "daily", priority: 0.8 },
    { url: `${base}/donnees-ouvertes`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${base}/a-propos`, changeFrequency: "yearly", priority: 0.3 },
    ...startups.map((startup) => ({ url: `${base}/startups/${startup.slug}`, lastModified: startup.updatedAt, changeFrequency: "weekly" as const })),
    ...events.map((event) => ({ url: `${base}/evenements/${event.slug}`, lastModified: event.updatedAt, changeFrequency: "weekly" as const })),
  ];
}
