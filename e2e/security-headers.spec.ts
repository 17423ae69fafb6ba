// Security headers on every kind of response, and a client address that a forged
// X-Forwarded-For cannot change (issue 9), over real HTTP against the production build.
import http from "node:http";
import { expect, test, type APIResponse } from "@playwright/test";

const KINDS: [string, string][] = [
  ["the cached directory", "/startups"],
  ["a cached search", "/startups?q=donnees"],
  ["a cached profile", "/startups/neptunia-analytics"],
  ["the cached statistics", "/statistiques"],
  ["a dynamic public page", "/a-propos"],
  ["a prerendered page", "/compte/inscription"],
  ["a page rendered per request", "/compte/connexion"],
  ["an open data route", "/api/v1/startups"],
  ["a next-auth route", "/api/auth/csrf"],
  ["a metadata route", "/robots.txt"],
  ["the 404 page", "/cette-page-n-existe-pas"],
  ["an internal path refused by the proxy", "/interne/annuaire/1/-"],
];

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data:"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  // The test server's public URL is http: no HSTS (lib/security-headers.test.ts covers https).
  expect(headers["strict-transport-security"]).toBeUndefined();
  return csp;
}

for (const [kind, path] of KINDS) {
  test(`${kind} carries the security headers`, async ({ request }) => {
    // Twice: the second answer of a cached page comes from the page cache.
    for (let pass = 0; pass < 2; pass++) expectSecurityHeaders(await request.get(path, { maxRedirects: 0 }));
  });
}

test("the favicon, the manifest and every icon it lists are served", async ({ request }) => {
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const { icons } = (await manifest.json()) as { icons: { src: string; type: string }[] };
  expect(icons.length).toBeGreaterThan(1);
  for (const icon of icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
  }
  expect((await request.get("/apple-icon.png")).status()).toBe(200);
});

test("static files carry the security headers", async ({ request }) => {
  const html = await (await request.get("/a-propos")).text();
  const script = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(script).toBeTruthy();
  const response = await request.get(script!);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response);
});

test("pages rendered per request get a nonce policy without 'unsafe-inline' scripts; cached pages the baseline", async ({ request }) => {
  const perRequest = expectSecurityHeaders(await request.get("/compte/connexion"));
  const scripts = perRequest.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  const again = expectSecurityHeaders(await request.get("/compte/connexion"));
  expect(again).not.toBe(perRequest);
  const html = await (await request.get("/compte/connexion")).text();
  expect(html).toMatch(/<script[^>]+nonce="/);
  const cached = expectSecurityHeaders(await request.get("/startups"));
  expect(cached).toContain("script-src 'self' 'unsafe-inline'");
});

/** A GET from another loopback address (127.0.0.2), so that this test has its own rate-limit key. */
function getFrom(localAddress: string, path: string, headers: Record<string, string>): Promise<{ status: number; retryAfter?: string; body: string }> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: base.hostname, port: base.port, path, localAddress, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers["retry-after"] as string | undefined, body }));
    });
    request.on("error", reject);
  });
}

test("a client cannot dodge a per-address limit by forging X-Forwarded-For or the stamp header", async () => {
  // The sitemap allows 60 requests an hour per address (RATE_LIMITS.sitemapIp).
  const answers = [];
  for (let n = 0; n < 61; n++) {
    const forged = `198.51.100.${n}`;
    answers.push(await getFrom("127.0.0.2", "/sitemap.xml", { "X-Forwarded-For": forged, "X-Real-IP": forged, "x-nft-client-ip": forged }));
  }
  expect(answers.slice(0, 60).map((answer) => answer.status)).toEqual(Array(60).fill(200));
  const refused = answers[60]!;
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  expect(refused.body).toMatch(/Trop de requêtes depuis cette connexion\. Réessayez dans \d+ minutes?\./);
  // Another address (the real socket peer) is not affected.
  expect((await getFrom("127.0.0.3", "/sitemap.xml", { "X-Forwarded-For": "127.0.0.2" })).status).toBe(200);
});
