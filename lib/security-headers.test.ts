import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, publicUrlIsHttps, rendersPerRequest, securityHeaders } from "./security-headers.js";

describe("security headers", () => {
  it("send HSTS and upgrade-insecure-requests only when the public URL is https", () => {
    const https = securityHeaders({ https: true, dev: false });
    expect(https.find((header) => header.key === "Strict-Transport-Security")?.value).toMatch(/max-age=\d{8}/);
    expect(https.find((header) => header.key === "Content-Security-Policy")?.value).toContain("upgrade-insecure-requests");
    const http = securityHeaders({ https: false, dev: false });
    expect(http.find((header) => header.key === "Strict-Transport-Security")).toBeUndefined();
    expect(http.find((header) => header.key === "Content-Security-Policy")?.value).not.toContain("upgrade-insecure-requests");
    expect(publicUrlIsHttps({ SITE_URL: "https://annuaire.example" })).toBe(true);
    expect(publicUrlIsHttps({ NEXTAUTH_URL: "https://annuaire.example" })).toBe(true);
    expect(publicUrlIsHttps({ SITE_URL: "http://localhost:3000" })).toBe(false);
  });

  it("never allow eval outside next dev, and use the nonce instead of inline scripts when given one", () => {
    expect(contentSecurityPolicy({ https: false, dev: false })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ https: false, dev: true })).toContain("'unsafe-eval'");
    const withNonce = contentSecurityPolicy({ nonce: "abc123", https: false, dev: false });
    expect(withNonce).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(withNonce.split("; ").find((directive) => directive.startsWith("script-src"))).not.toContain("unsafe-inline");
  });

  it("give a nonce to the per-request pages only, not the prerendered ones", () => {
    for (const path of ["/compte", "/compte/connexion", "/espace/123", "/admin", "/admin/utilisateurs"]) expect(rendersPerRequest(path)).toBe(true);
    for (const path of ["/startups", "/a-propos", "/compte/inscription", "/compte/mot-de-passe-oublie", "/comptes", "/administration"]) {
      expect(rendersPerRequest(path)).toBe(false);
    }
  });
});
