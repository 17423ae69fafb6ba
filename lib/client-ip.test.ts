import { describe, expect, it } from "vitest";
import { clientIpFrom, trustedProxyCount } from "./client-ip";

describe("the client address for rate limits", () => {
  it("is the entry the nearest trusted proxy wrote, whatever the client sent before it", () => {
    // nginx appends the address it saw to what the client sent.
    expect(clientIpFrom("203.0.113.7", null)).toBe("203.0.113.7");
    expect(clientIpFrom("1.1.1.1, 2.2.2.2, 203.0.113.7", null)).toBe("203.0.113.7");
    // A client sending a fresh header each time still lands on the same key.
    for (const spoofed of ["9.9.9.9", "10.0.0.1, 10.0.0.2", "unknown"]) {
      expect(clientIpFrom(`${spoofed}, 203.0.113.7`, null)).toBe("203.0.113.7");
    }
  });

  it("skips the addresses written by a chain of trusted proxies", () => {
    // Client → CDN → load balancer → app: the load balancer appends the CDN's address.
    expect(clientIpFrom("6.6.6.6, 203.0.113.7, 198.51.100.2", null, 2)).toBe("203.0.113.7");
    // A shorter header than the configured chain falls back to its first entry.
    expect(clientIpFrom("203.0.113.7", null, 3)).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to one shared key", () => {
    expect(clientIpFrom(null, " 203.0.113.9 ")).toBe("203.0.113.9");
    expect(clientIpFrom(" , ", undefined)).toBe("unknown");
  });

  it("reads the proxy count from TRUSTED_PROXY_COUNT, refusing nonsense", () => {
    expect(trustedProxyCount({})).toBe(1);
    expect(trustedProxyCount({ TRUSTED_PROXY_COUNT: "2" })).toBe(2);
    for (const bad of ["0", "-1", "1.5", "abc", "99"]) expect(trustedProxyCount({ TRUSTED_PROXY_COUNT: bad })).toBe(1);
  });
});
