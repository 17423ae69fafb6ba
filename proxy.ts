// Serves the public pages listed in lib/cache/page-cache.ts from their per-version page cache.
// Only those pages and the internal paths go through here.
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { directoryVersion } from "@/lib/cache/directory-cache";
import { INTERNAL_PREFIX, internalPathFor } from "@/lib/cache/page-cache";

// When the server was started with a hostname that differs from the one Next puts in request URLs
// (`next start -H 127.0.0.1`: request URLs say "localhost"), Next forwards a rewrite over HTTP and
// runs the proxy again for the internal path. This per-process secret, sent along with our own
// rewrite, tells that second pass apart from a request someone makes to an internal path directly
// (which could otherwise fill the cache under a version that is not current).
const REWRITE_HEADER = "x-nft-page-cache-rewrite";
const globalForProxy = globalThis as unknown as { nftRewriteSecret?: string };
const rewriteSecret = (globalForProxy.nftRewriteSecret ??= randomUUID());

// The cached pages never expire (their key holds the directory version), and Next would advertise
// that as `s-maxage` of a year. A shared cache in front must instead check back every time. Next
// keeps a Cache-Control header that the proxy has set.
const CACHE_CONTROL = "public, no-cache";

function isInternal(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is not an internal path; routing answers it.
  }
  return decoded.toLowerCase().startsWith(INTERNAL_PREFIX.slice(0, -1));
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (isInternal(pathname)) {
    if (request.headers.get(REWRITE_HEADER) !== rewriteSecret) return new NextResponse(null, { status: 404 });
    const secondPass = NextResponse.next();
    secondPass.headers.set("Cache-Control", CACHE_CONTROL);
    return secondPass;
  }
  const version = await directoryVersion(await getDb());
  const target = internalPathFor(version, pathname, searchParams);
  if (!target) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(REWRITE_HEADER, rewriteSecret);
  const response = NextResponse.rewrite(new URL(target, request.url), { request: { headers } });
  response.headers.set("Cache-Control", CACHE_CONTROL);
  return response;
}

// Literal paths: Next reads this at build time. Keep in step with CACHED_PAGES.
export const config = { matcher: ["/startups", "/startups/:slug", "/statistiques", "/evenements", "/evenements/:slug", "/interne", "/interne/:path*"] };
