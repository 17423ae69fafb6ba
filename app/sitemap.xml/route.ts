// /sitemap.xml: the sitemap index (lib/sitemap).
import { getDb } from "@/db/client";
import { sitemapIndexXml } from "@/lib/sitemap";

export async function GET() {
  return new Response(await sitemapIndexXml(await getDb()), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
