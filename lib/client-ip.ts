// The client's address, for per-address rate limits.
//
// Next keeps a client-sent X-Forwarded-For as it is (`next start` and the standalone server only
// fill it in from the socket when the request has none), so no header is a sound source on its
// own. The sound source is the TCP peer: instrumentation.ts installs a stamp on Node's HTTP server
// that runs on every request, before Next sees it, reads the socket's address and writes the
// client address in CLIENT_IP_HEADER, replacing whatever the client sent under that name. Pages,
// actions and next-auth read only that header.
//
// TRUSTED_PROXY_COUNT (default 0, parsed by lib/config.ts) says how many proxies stand in front of the app. With none, the
// client is the socket's peer and X-Forwarded-For is ignored. With N, the socket's peer is the
// nearest proxy, and each proxy appends the address it saw: the client is the N-th entry from the
// right of X-Forwarded-For + [socket address]. Entries further left are the client's own words.
import type { IncomingMessage } from "node:http";
import { REWRITE_HEADER, rewriteSecret } from "@/lib/cache/rewrite-secret";

export const CLIENT_IP_HEADER = "x-nft-client-ip";
/** When the stamp did not run (unit tests): one shared key, so nothing escapes a limit. */
export const UNKNOWN_CLIENT = "unknown";

/** The client's address from the socket's peer and, behind trusted proxies, their X-Forwarded-For. */
export function clientIpFrom(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, proxies: number): string {
  const socket = normalizeAddress(socketAddress) || UNKNOWN_CLIENT;
  if (proxies === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map((entry) => entry.trim()).filter(Boolean), socket];
  // A header shorter than the configured chain: the leftmost entry is the furthest we can trust.
  const entry = chain[Math.max(chain.length - 1 - proxies, 0)] ?? socket;
  return normalizeAddress(entry).slice(0, 64) || UNKNOWN_CLIENT;
}

/** "::ffff:203.0.113.7" (an IPv4 client on a dual-stack socket) counts as "203.0.113.7". */
function normalizeAddress(address: string | undefined): string {
  const trimmed = (address ?? "").trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

function isLoopback(address: string | undefined): boolean {
  const value = normalizeAddress(address);
  return value === "::1" || value.startsWith("127.");
}

/** Writes CLIENT_IP_HEADER on an incoming request (called by the stamp before Next sees it). */
export function stampClientIp(request: IncomingMessage, proxies: number): void {
  const socketAddress = request.socket?.remoteAddress;
  // Next forwarding our own page-cache rewrite to itself over loopback: the first pass stamped it.
  const ownForward = isLoopback(socketAddress) && request.headers[REWRITE_HEADER] === rewriteSecret();
  if (ownForward && typeof request.headers[CLIENT_IP_HEADER] === "string") return;
  request.headers[CLIENT_IP_HEADER] = clientIpFrom(socketAddress, request.headers["x-forwarded-for"], proxies);
}

/** The client address a stamped request carries. */
export function clientIpOf(read: (name: string) => string | string[] | null | undefined): string {
  const value = read(CLIENT_IP_HEADER);
  const address = Array.isArray(value) ? value[0] : value;
  return address?.trim() || UNKNOWN_CLIENT;
}
