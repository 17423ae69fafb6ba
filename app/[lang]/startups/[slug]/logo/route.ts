import { getDb } from "@/db/client";
import { getPublishedLogo } from "@/lib/startups/public";

// Logos are re-encoded WebP stored in PostgreSQL. URLs carry ?v=<version>, so a response can be
// cached for long; without a version, browsers revalidate with the ETag.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Not a slug (a NUL byte would reach the database as an error): not found, without a query.
  const found = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublishedLogo(await getDb(), slug) : null;
  if (!found) return new Response(null, { status: 404 });
  const etag = `"${found.updatedAt?.getTime() ?? 0}"`;
  const versioned = new URL(request.url).searchParams.has("v");
  const headers = {
    "Content-Type": "image/webp",
    ETag: etag,
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate",
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(found.logo), { headers });
}
