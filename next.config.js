// This file runs before any of our TypeScript (at `next build`, and its values are baked into the
// build): it reads process.env itself, the one exception to lib/config.ts, which parses the same
// variables again at start.
import { ACTION_BODY_LIMIT_MB } from "./lib/http/action-body-limit.js";
import { publicUrlIsHttps, securityHeaders } from "./lib/security-headers.js";

function pageCacheMegabytes() {
  const setting = process.env.PAGE_CACHE_MEMORY_MB;
  const megabytes = setting ? Number(setting) : 200;
  return Number.isFinite(megabytes) && megabytes >= 0 ? megabytes : 200;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded by Node at run time, not bundled.
  // The territory data is 12 MB of JSON read once on the server; bundling it would bloat every chunk.
  // ical-timezones reads its zone files at run time: bundled, it finds none and the feed loses its VTIMEZONE.
  serverExternalPackages: ["@electric-sql/pglite", "@etalab/decoupage-administratif", "@touch4it/ical-timezones", "ical-generator"],
  // A self-contained server in .next/standalone (scripts/standalone-assets.mjs adds the static files).
  output: "standalone",
  poweredByHeader: false,
  // proxy.ts drops a trailing slash itself, after its guards: Next's own redirect ran before them
  // and echoed the address twice (Location and Refresh), so a long one overflowed what HTTP clients
  // read of the headers (found by the fuzz test).
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  experimental: {
    // The page cache of the directory and statistics (lib/cache/page-cache.ts) lives in memory only: its keys include
    // the directory version, so entries are never worth keeping across restarts.
    isrFlushToDisk: false,
    // How long the browser's router may reuse a cached page's payload; the minimum, so a change in
    // the directory shows in client-side navigation within 30 s (a full load shows it at once).
    staleTimes: { static: 30 },
    // Past it, proxy.ts answers a French 413 before Next's bare 500 (lib/http/action-body-limit.js).
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb` },
  },
  // About 130 kB per cached directory page (HTML and RSC payload): 200 MB hold about 1,500
  // searches; 0 turns the page cache off. Read at `next build`: the standalone server.js carries
  // the built value, and setting the variable when starting it changes nothing (README).
  cacheMaxMemorySize: pageCacheMegabytes() * 1024 * 1024,
  async headers() {
    // The baseline on every response, static files and cached pages included; proxy.ts replaces
    // the CSP with a nonce-based one on the pages rendered per request (lib/security-headers.js).
    // Never Cache-Control here: it would override Next's own values (STACK-NOTES.md).
    // Evaluated at `next build` (routes-manifest.json): HSTS follows SITE_URL/NEXTAUTH_URL of the build.
    const headers = securityHeaders({ https: publicUrlIsHttps(process.env), dev: process.env.NODE_ENV === "development" });
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
