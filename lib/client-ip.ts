// The client's address, for per-address rate limits.
//
// X-Forwarded-For lists addresses left to right as proxies append them, so every entry but the
// ones our own proxies wrote is whatever the client chose to send. The trustworthy entry is the one
// written by the nearest trusted proxy: with TRUSTED_PROXY_COUNT proxies in front of the app
// (default 1, a typical nginx or load balancer that appends), that is the N-th entry from the
// right. Taking the leftmost entry, as is often done, lets anyone dodge a limit by sending a new
// header with each request.
export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.TRUSTED_PROXY_COUNT ?? 1);
  return Number.isInteger(value) && value >= 1 && value <= 10 ? value : 1;
}

export function clientIpFrom(forwardedFor: string | null | undefined, realIp: string | null | undefined, proxies = trustedProxyCount()): string {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  // With no proxy in front, Next.js itself records the socket address (only when the client sent
  // no header, so the rightmost entry is still the best one available).
  const index = entries.length - proxies;
  return entries[Math.max(index, 0)] || realIp?.trim() || "unknown";
}
