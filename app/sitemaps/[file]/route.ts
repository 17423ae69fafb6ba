// /sitemaps/<n>.xml: one sitemap of the index at /sitemap.xml (lib/sitemap).
import { z } from "zod";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { sitemapXml } from "@/lib/sitemap";

const fileName = z.string().regex(/^\d{1,4}\.xml$/).transform((name) => Number(name.slice(0, -4)));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const parsed = fileName.safeParse((await params).file);
  const body = parsed.success ? await sitemapXml(await getDb(), parsed.data) : null;
  if (body === null) return new Response("Not found", { status: 404 });
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
