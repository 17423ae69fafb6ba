import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { REWRITE_HEADER, rewriteSecret } from "@/lib/cache/rewrite-secret";
import { CLIENT_IP_HEADER, clientIpFrom, clientIpOf, stampClientIp } from "./client-ip";

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("the client address for rate limits", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientIpFrom("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    for (const spoofed of ["9.9.9.9", "10.0.0.1, 10.0.0.2", "unknown", ""]) {
      expect(clientIpFrom("203.0.113.7", spoofed, 0)).toBe("203.0.113.7");
    }
    expect(clientIpFrom("::ffff:203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    expect(clientIpFrom("2001:db8::1", undefined, 0)).toBe("2001:db8::1");
  });

  it("behind N trusted proxies, is the address the outermost one appended", () => {
    // Client → nginx → app: nginx appends the client it saw; the socket is nginx.
    expect(clientIpFrom("10.0.0.2", "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientIpFrom("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    // Client → CDN → load balancer → app.
    expect(clientIpFrom("10.0.0.3", "6.6.6.6, 203.0.113.7, 198.51.100.2", 2)).toBe("203.0.113.7");
    // A header shorter than the chain: the furthest entry we have.
    expect(clientIpFrom("10.0.0.3", "203.0.113.7", 3)).toBe("203.0.113.7");
    expect(clientIpFrom("10.0.0.3", undefined, 1)).toBe("10.0.0.3");
  });

  it("stamps a request, replacing a client-sent stamp header", () => {
    const forged = request("198.51.100.9", { [CLIENT_IP_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8" });
    stampClientIp(forged, 0);
    expect(forged.headers[CLIENT_IP_HEADER]).toBe("198.51.100.9");
    expect(clientIpOf((name) => forged.headers[name])).toBe("198.51.100.9");
  });

  it("keeps the stamp of our own page-cache forward over loopback, and only that", () => {
    const forward = request("127.0.0.1", { [CLIENT_IP_HEADER]: "203.0.113.7", [REWRITE_HEADER]: rewriteSecret() });
    stampClientIp(forward, 0);
    expect(forward.headers[CLIENT_IP_HEADER]).toBe("203.0.113.7");
    const guessed = request("127.0.0.1", { [CLIENT_IP_HEADER]: "203.0.113.7", [REWRITE_HEADER]: "guess" });
    stampClientIp(guessed, 0);
    expect(guessed.headers[CLIENT_IP_HEADER]).toBe("127.0.0.1");
    const remote = request("198.51.100.9", { [CLIENT_IP_HEADER]: "203.0.113.7", [REWRITE_HEADER]: rewriteSecret() });
    stampClientIp(remote, 0);
    expect(remote.headers[CLIENT_IP_HEADER]).toBe("198.51.100.9");
  });

  it("is one shared key when nothing stamped the request", () => {
    expect(clientIpOf(() => undefined)).toBe("unknown");
  });
});
