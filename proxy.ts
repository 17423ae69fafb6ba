// Serves the directory (`/startups?…`) from its per-version page cache: see
// lib/search/page-cache.ts. Only `/startups` and the internal path go through here.
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { directoryVersion } from "@/lib/cache/directory-cache";
import { INTERNAL_DIRECTORY_PREFIX, internalDirectoryPath } from "@/lib/search/page-cache";

// Next runs the proxy a second time for the rewritten path. This per-process secret, sent along
// with our own rewrite, tells that second pass apart from a request someone makes to the internal
// path directly (which could otherwise fill the cache under a version that is not current).
const REWRITE_HEADER = "x-nft-directory-rewrite";
const globalForProxy = globalThis as unknown as { nftRewriteSecret?: string };
const rewriteSecret = (globalForProxy.nftRewriteSecret ??= randomUUID());

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith(INTERNAL_DIRECTORY_PREFIX)) {
    return request.headers.get(REWRITE_HEADER) === rewriteSecret ? NextResponse.next() : new NextResponse(null, { status: 404 });
  }
  const version = await directoryVersion(await getDb());
  const headers = new Headers(request.headers);
  headers.set(REWRITE_HEADER, rewriteSecret);
  return NextResponse.rewrite(new URL(internalDirectoryPath(version, searchParams), request.url), { request: { headers } });
}

export const config = { matcher: ["/startups", "/annuaire-interne/:path*"] };
