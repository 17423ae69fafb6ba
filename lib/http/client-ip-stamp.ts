// Installs the client-address stamp (lib/client-ip.ts) on every Node HTTP and HTTPS server of this
// process, drops X-Forwarded-Proto (dropForwardedProto below) and, on a loopback HOSTNAME, keeps
// Next's forwarded requests off reused connections (closeForwardedConnection below). Called from instrumentation.ts, which runs in the process that owns the listening
// socket both under `next start` and under the standalone server (`node .next/standalone/server.js`):
// neither puts a proxy process in between. Patching `emit` on the prototypes reaches a server
// that was created before this ran, and sees each request before Next's own 'request' listener.
import http from "node:http";
import https from "node:https";
import { stampClientIp } from "@/lib/client-ip";
import { config } from "@/lib/config";
import { selfForwardingWarning } from "@/lib/server/listening-address";

const globalForStamp = globalThis as unknown as { nftClientIpStampProxies?: number; nftClientIpStampPatched?: boolean; nftForwardsToItself?: boolean };

/**
 * Next builds its own URLs with the protocol that X-Forwarded-Proto names. When it forwards a
 * page-cache rewrite to itself over HTTP (HOSTNAME set to an address, proxy.ts), an "https" there,
 * sent by a TLS-terminating proxy as the README asks or forged by any client, makes it call
 * itself over TLS, which fails: every cached page answered 500. The app never reads the header
 * (its public address is NEXTAUTH_URL / SITE_URL), so it is removed before Next sees it.
 */
export function dropForwardedProto(request: http.IncomingMessage): void {
  delete request.headers["x-forwarded-proto"];
}

/**
 * On a loopback HOSTNAME, Next forwards every page to the server itself (lib/server/listening-address.ts)
 * through a pool of kept-alive connections. After a pause of the process longer than the server's
 * keep-alive timeout (a long GC, a starved machine), the server closes those idle connections at
 * the same moment the pool reuses them, and the page answers a bare 500 ("Failed to proxy …
 * ECONNRESET": `npm run fault:stall`). The forwarded request copies this request's headers, and
 * Node's client never returns a connection to its pool for a request that says `Connection: close`,
 * so each forwarded page gets a fresh loopback connection. The price: the inner answer's
 * `Connection: close` is passed on, so the client's connection is not kept alive either, which a
 * reverse proxy on the same machine (the reason to listen on loopback) barely notices: nginx opens
 * a connection per request to its upstream by default. HOSTNAME=localhost avoids both.
 */
export function closeForwardedConnection(request: http.IncomingMessage): void {
  request.headers.connection = "close";
}

/**
 * Reads TRUSTED_PROXY_COUNT from the configuration (which instrumentation.ts has already checked,
 * so nonsense stopped the server with its French line) and patches once.
 */
export function installClientIpStamp(): void {
  globalForStamp.nftClientIpStampProxies = config().TRUSTED_PROXY_COUNT;
  globalForStamp.nftForwardsToItself = selfForwardingWarning(config().HOSTNAME) !== null;
  if (globalForStamp.nftClientIpStampPatched) return;
  globalForStamp.nftClientIpStampPatched = true;
  for (const prototype of [http.Server.prototype, https.Server.prototype] as { emit: (event: string, ...args: unknown[]) => boolean }[]) {
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event === "request") {
        stampClientIp(args[0] as http.IncomingMessage, globalForStamp.nftClientIpStampProxies ?? 0);
        dropForwardedProto(args[0] as http.IncomingMessage);
        if (globalForStamp.nftForwardsToItself) closeForwardedConnection(args[0] as http.IncomingMessage);
      }
      return emit.call(this, event, ...args);
    };
  }
}
