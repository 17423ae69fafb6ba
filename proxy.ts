// Serves the public pages listed in lib/cache/page-cache.ts from their per-version page cache.
// Only those pages and the internal paths go through here.
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { directoryVersion } from "@/lib/cache/directory-cache";
import { INTERNAL_PREFIX, internalPathFor } from "@/lib/cache/page-cache";

// Next runs the proxy a second time for the rewritten path. This per-process secret, sent along
// with our own rewrite, tells that second pass apart from a request someone makes to an internal
// path directly (which could otherwise fill the cache under a version that is not current).
const REWRITE_HEADER = "x-nft-page-cache-rewrite";
const globalForProxy = globalThis as unknown as { nftRewriteSecret?: string };
const rewriteSecret = (globalForProxy.nftRewriteSecret ??= randomUUID());

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith(INTERNAL_PREFIX)) {
    return request.headers.get(REWRITE_HEADER) === rewriteSecret ? NextResponse.next() : new NextResponse(null, { status: 404 });
  }
  const version = await directoryVersion(await getDb());
  const target = internalPathFor(version, pathname, searchParams);
  if (!target) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(REWRITE_HEADER, rewriteSecret);
  return NextResponse.rewrite(new URL(target, request.url), { request: { headers } });
}

// Literal paths: Next reads this at build time. Keep in step with CACHED_PAGES.
export const config = { matcher: ["/startups", "/startups/:slug", "/statistiques", "/interne/:path*"] };
