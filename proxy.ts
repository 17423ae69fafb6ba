// Two jobs, on the paths of the matcher only:
// - serves the public pages listed in lib/cache/page-cache.ts from their per-version page cache;
// - gives the pages rendered for each request (account, space, admin) a nonce-based
//   Content-Security-Policy (lib/security-headers.js). Every other response keeps the baseline
//   policy that next.config.js sets.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { cacheGeneration } from "@/lib/cache/directory-cache";
import { EVENTS_PAGE, INTERNAL_PREFIX, internalPath, matchCachedPage, PROFILE_PAGE } from "@/lib/cache/page-cache";
import { REWRITE_HEADER, rewriteSecret as currentRewriteSecret } from "@/lib/cache/rewrite-secret";
import { markRendered, wasRendered } from "@/lib/cache/recent-renders";
import { clientIpOf } from "@/lib/client-ip";
// Named apart: Next wants this module's own `config` export (the matcher, below).
import { config as appConfig } from "@/lib/config";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { guardRequest, unavailablePage } from "@/lib/http/request-guards";
import { limitOrRefuse } from "@/lib/http/too-many-requests";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { contentSecurityPolicy, publicUrlIsHttps, rendersPerRequest } from "@/lib/security-headers.js";

// When the server was started with a hostname that differs from the one Next puts in request URLs
// (`next start -H 127.0.0.1`: request URLs say "localhost"), Next forwards a rewrite over HTTP and
// runs the proxy again for the internal path. This per-process secret, sent along with our own
// rewrite, tells that second pass apart from a request someone makes to an internal path directly
// (which could otherwise fill the cache under a version that is not current).
const rewriteSecret = currentRewriteSecret();

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

/** Next reads the nonce from the request's CSP header and puts it on every script it renders. */
function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const settings = appConfig();
  const policy = contentSecurityPolicy({ nonce, https: publicUrlIsHttps(settings), dev: settings.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// The public paths that the page cache serves (or, for the sitemap, that are limited); the
// others the matcher lets in (below) are only guarded.
const CACHED_OR_LIMITED = /^\/(sitemap\.xml|statistiques|startups(\/[^/]+)?|evenements(\/[^/]+)?)$/;

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A malformed escape, a cross-site form post, a Next-Action call no client sends: Next would answer 500.
  const refused = await guardRequest(request, pathname);
  if (refused) return refused;
  if (rendersPerRequest(pathname)) return withNonce(request);
  if (isInternal(pathname)) {
    if (request.headers.get(REWRITE_HEADER) !== rewriteSecret) return new NextResponse(null, { status: 404 });
    const secondPass = NextResponse.next();
    secondPass.headers.set("Cache-Control", CACHE_CONTROL);
    return secondPass;
  }
  if (!CACHED_OR_LIMITED.test(pathname)) return NextResponse.next();
  try {
    return await servePublic(request);
  } catch (error) {
    // The version lookup needs the database: while it cannot be reached, a French 503, not a 500.
    if (isDatabaseUnavailable(error)) return unavailablePage();
    throw error;
  }
}

/** A cached or limited public page: its rewrite to the page cache at the current version. */
async function servePublic(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  const db = await getDb();
  const clientKey = () => clientIpOf((name) => request.headers.get(name));
  // The sitemap lists every published profile, computed per request.
  if (pathname === "/sitemap.xml") return (await limitOrRefuse(db, RATE_LIMITS.sitemapIp, `sitemap:ip:${clientKey()}`)) ?? NextResponse.next();
  const match = matchCachedPage(pathname, searchParams);
  if (!match) return NextResponse.next();
  // One query: the directory's version and freshness, and a profile's own confirmation date.
  const target = internalPath(match, await cacheGeneration(db, match.page === PROFILE_PAGE ? match.state : null, new Date(), match.page === EVENTS_PAGE));
  // A search this process has not rendered yet will be rendered (costly): a generous per-address
  // limit. The plain directory, profiles and statistics are few and always come from the cache.
  if (pathname === "/startups" && searchParams.size > 0 && !wasRendered(target)) {
    const refused = await limitOrRefuse(db, RATE_LIMITS.uncachedSearchIp, `search:ip:${clientKey()}`);
    if (refused) return refused;
    markRendered(target);
  }
  const headers = new Headers(request.headers);
  headers.set(REWRITE_HEADER, rewriteSecret);
  const response = NextResponse.rewrite(new URL(target, request.url), { request: { headers } });
  response.headers.set("Cache-Control", CACHE_CONTROL);
  return response;
}

// Literal paths: Next reads this at build time. Keep in step with CACHED_PAGES.
// The account, space and admin paths get their nonce here (lib/security-headers.js rendersPerRequest).
export const config = {
  matcher: [
    "/sitemap.xml",
    "/startups",
    "/startups/:slug",
    "/statistiques",
    "/evenements",
    "/evenements/:slug",
    "/interne",
    "/interne/:path*",
    "/compte",
    "/compte/:path*",
    "/espace",
    "/espace/:path*",
    "/admin",
    "/admin/:path*",
    // Guarded only (lib/http/request-guards.ts): the other routes with a dynamic segment, and
    // every possible server action, wherever it is posted.
    "/sitemaps/:file",
    "/api/auth/:path*",
    "/startups/:slug/logo",
    "/evenements/:slug/calendrier.ics",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "(multipart/form-data|application/x-www-form-urlencoded).*" }] },
  ],
};
