// /sitemap.xml: the sitemap index (lib/sitemap).
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { sitemapIndexXml } from "@/lib/sitemap";

export async function GET() {
  // Read per request (never prerendered at build time), so an unpublished profile leaves at once.
  await connection();
  return new Response(await sitemapIndexXml(await getDb()), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
