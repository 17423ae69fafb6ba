// The one place that builds the security headers (plain JS with JSDoc types, because
// next.config.js imports it as well as proxy.ts).
//
// Two Content-Security-Policies:
// - the baseline, sent by next.config.js `headers()` on every response (pages from the page
//   cache, prerendered pages, route handlers, errors, /_next/static). Its scripts are
//   `'self' 'unsafe-inline'`: a page served from the page cache was rendered once, so it can't carry
//   a per-request nonce, and Next emits no hashes for its inline bootstrap scripts
//   (/work/shared/STACK-NOTES.md, "Content-Security-Policy"). The README says where and why.
// - the nonce policy, sent by proxy.ts on the pages rendered for each request (account, space,
//   admin): `'nonce-…' 'strict-dynamic'`, no 'unsafe-inline' for scripts.
// Both forbid eval (except under `next dev`, whose React tooling needs it), plugins, <base> and
// framing, and only post forms to the site itself.
//
// Reads no environment itself: proxy.ts passes the parsed configuration (lib/config.ts), and
// next.config.js, which runs before any of our TypeScript, passes process.env at build time.

/**
 * Whether the public URL is https, which turns on HSTS and upgrade-insecure-requests.
 * @param {{ SITE_URL?: string, NEXTAUTH_URL?: string }} env
 */
export function publicUrlIsHttps(env) {
  const url = env.SITE_URL || env.NEXTAUTH_URL || "";
  return /^https:\/\//i.test(url.trim());
}

/**
 * @param {{ nonce?: string, https: boolean, dev: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, https, dev }) {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React and Next's built-in error pages set style attributes; inline styles can't run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // next dev reloads over a WebSocket on the same host.
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "usb=()",
  "xr-spatial-tracking=()",
  "browsing-topics=()",
].join(", ");

/**
 * Every security header, as name/value pairs (the shape next.config.js `headers()` wants).
 * @param {{ nonce?: string, https: boolean, dev: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options) {
  const https = options.https;
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  // Two years, the preload list's minimum; only over https, or browsers ignore it anyway.
  if (https) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

// Prerendered at build time (○ in `next build`), so their HTML holds no nonce.
const PRERENDERED = new Set(["/compte/inscription", "/compte/mot-de-passe-oublie"]);

/**
 * Paths whose pages are rendered for each request (they read the session), so they can carry
 * a nonce. Everything else is prerendered or served from the page cache and keeps the baseline.
 * e2e/csp.spec.ts fails if a page here is in fact prerendered (its scripts would be refused).
 * @param {string} pathname
 */
export function rendersPerRequest(pathname) {
  return /^\/(compte|espace|admin)(\/|$)/.test(pathname) && !PRERENDERED.has(pathname.replace(/\/$/, ""));
}
