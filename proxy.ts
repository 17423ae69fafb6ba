// Three jobs, on every page path (the matcher, below):
// - picks the language from the URL (lib/i18n/lang.ts): French at the plain paths, English under
//   `/en`, both rewritten to their route under app/[lang];
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
import { inLang } from "@/lib/i18n/server";
import { DEFAULT_LANG, isLang, LANG_COOKIE, LANG_HEADER, localePath, splitLangPrefix, type Lang } from "@/lib/i18n/lang";

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

function isInternal(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is not an internal path; routing answers it.
  }
  return decoded.toLowerCase().startsWith(INTERNAL_PREFIX.slice(0, -1));
}

/**
 * The rewrite of a public URL to its route under `app/[lang]`, with the language in a header
 * for the server actions (lib/i18n/server.ts) and our secret for a forwarded second pass.
 */
function rewriteTo(request: NextRequest, target: string, lang: Lang, extra?: (headers: Headers) => void): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, lang);
  headers.set(REWRITE_HEADER, rewriteSecret);
  extra?.(headers);
  const url = new URL(target, request.url);
  url.search = request.nextUrl.search;
  return NextResponse.rewrite(url, { request: { headers } });
}

/** Next reads the nonce from the request's CSP header and puts it on every script it renders. */
function withNonce(request: NextRequest, lang: Lang, path: string): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const settings = appConfig();
  const policy = contentSecurityPolicy({ nonce, https: publicUrlIsHttps(settings), dev: settings.NODE_ENV === "development" });
  const response = rewriteTo(request, `/${lang}${path}`, lang, (headers) => headers.set("Content-Security-Policy", policy));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** A permanent redirect to another public path, the query kept. */
function redirectTo(request: NextRequest, path: string): NextResponse {
  const url = new URL(path, request.url);
  url.search = request.nextUrl.search;
  return NextResponse.redirect(url, 308);
}

// The public paths that the page cache serves (or, for the sitemap, that are limited).
const CACHED_OR_LIMITED = /^\/(sitemap\.xml|statistiques|startups(\/[^/]+)?|evenements(\/[^/]+)?)$/;
// Route handlers for files (the sitemaps, calendars, CSV exports) live outside app/[lang]: their
// URLs are the same in both languages.
const FILE_ROUTE = /\.[a-z0-9]+$/i;

export function proxy(request: NextRequest): Promise<Response> {
  // Its refusals (a 400, a 429, the 503 page) are written in the language of the URL.
  return inLang(splitLangPrefix(request.nextUrl.pathname).lang, () => route(request));
}

async function route(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  // A malformed escape, a cross-site form post, a Next-Action call no client sends: Next would answer 500.
  const refused = await guardRequest(request, pathname);
  if (refused) return refused;
  // `/startups/` is `/startups` (next.config.js leaves this redirect to us). Leading slashes are
  // collapsed first, so that `//evil.example/` stays on this site.
  if (pathname.length > 1 && pathname.endsWith("/")) return redirectTo(request, `/${pathname.replace(/^\/+|\/+$/g, "")}`);
  // The API is matched for the guards alone (a malformed escape in `/api/auth/%` is a bare 500
  // from Next): its routes have no language and no page cache.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  // Our own rewrite, forwarded by Next over HTTP for a second pass: already decided. Its target
  // always starts with the language. A plain path with the header is not one: Next fetching the
  // target of a server action's redirect copies the action request's headers, ours included, and
  // that path (`/admin/fiches/x?etat=…`) must be routed like any other.
  if (request.headers.get(REWRITE_HEADER) === rewriteSecret && /^\/(fr|en)(\/|$)/.test(pathname)) {
    const secondPass = NextResponse.next();
    if (isInternal(pathname.replace(/^\/(fr|en)(?=\/)/, ""))) secondPass.headers.set("Cache-Control", CACHE_CONTROL);
    return secondPass;
  }
  // `/fr/…` is the route's own name, never a public URL: French lives at the plain paths.
  if (pathname === "/fr" || pathname.startsWith("/fr/")) return redirectTo(request, pathname.slice(3) || "/");
  const { lang, path } = splitLangPrefix(pathname);
  if (isInternal(path)) return new NextResponse(null, { status: 404 });
  if (path === "/") {
    // The home page is the directory, in the language asked for by the URL or else remembered.
    const remembered = request.cookies.get(LANG_COOKIE)?.value;
    const chosen = pathname === "/" && isLang(remembered) ? remembered : lang;
    return NextResponse.redirect(new URL(`${localePath(chosen, "/startups")}${request.nextUrl.search}`, request.url), 307);
  }
  if (FILE_ROUTE.test(path)) {
    if (lang !== DEFAULT_LANG) return redirectTo(request, path);
    if (path !== "/sitemap.xml") return NextResponse.next();
  }
  if (rendersPerRequest(path)) return withNonce(request, lang, path);
  if (!CACHED_OR_LIMITED.test(path)) return rewriteTo(request, `/${lang}${path}`, lang);
  try {
    return await servePublic(request, lang, path);
  } catch (error) {
    // The version lookup needs the database: while it cannot be reached, a French 503, not a 500.
    if (isDatabaseUnavailable(error)) return unavailablePage();
    throw error;
  }
}

/** A cached or limited public page: its rewrite to the page cache at the current version. */
async function servePublic(request: NextRequest, lang: Lang, path: string): Promise<Response> {
  const { searchParams } = request.nextUrl;
  const db = await getDb();
  const clientKey = () => clientIpOf((name) => request.headers.get(name));
  // The sitemap lists every published profile, computed per request.
  if (path === "/sitemap.xml") return (await limitOrRefuse(db, RATE_LIMITS.sitemapIp, `sitemap:ip:${clientKey()}`)) ?? NextResponse.next();
  const match = matchCachedPage(path, searchParams);
  if (!match) return rewriteTo(request, `/${lang}${path}`, lang);
  // One query: the directory's version and freshness, and a profile's own confirmation date.
  // The language is the first segment: each language has its own entries.
  const target = `/${lang}${internalPath(match, await cacheGeneration(db, match.page === PROFILE_PAGE ? match.state : null, new Date(), match.page === EVENTS_PAGE))}`;
  // A search this process has not rendered yet will be rendered (costly): a generous per-address
  // limit. The plain directory, profiles and statistics are few and always come from the cache.
  if (path === "/startups" && searchParams.size > 0 && !wasRendered(target)) {
    const refused = await limitOrRefuse(db, RATE_LIMITS.uncachedSearchIp, `search:ip:${clientKey()}`);
    if (refused) return refused;
    markRendered(target);
  }
  const response = rewriteTo(request, target, lang);
  response.headers.set("Cache-Control", CACHE_CONTROL);
  return response;
}

// Every path but Next's own files and the static files at the root: French pages are rewritten to
// app/[lang]/…, so the proxy sees them all; the API only passes its guards.
export const config = {
  matcher: ["/((?!_next/|__next|favicon\\.ico|icon\\.svg|apple-icon\\.png|manifest\\.webmanifest|robots\\.txt).*)"],
};
