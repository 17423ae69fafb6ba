// Installs the client-address stamp (lib/client-ip.ts) on every Node HTTP and HTTPS server of this
// process, and drops X-Forwarded-Proto (dropForwardedProto below). Called from instrumentation.ts, which runs in the process that owns the listening
// socket both under `next start` and under the standalone server (`node .next/standalone/server.js`):
// neither puts a proxy process in between. Patching `emit` on the prototypes reaches a server
// that was created before this ran, and sees each request before Next's own 'request' listener.
import http from "node:http";
import https from "node:https";
import { stampClientIp } from "@/lib/client-ip";
import { config } from "@/lib/config";

const globalForStamp = globalThis as unknown as { nftClientIpStampProxies?: number; nftClientIpStampPatched?: boolean };

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
 * Reads TRUSTED_PROXY_COUNT from the configuration (which instrumentation.ts has already checked,
 * so nonsense stopped the server with its French line) and patches once.
 */
export function installClientIpStamp(): void {
  globalForStamp.nftClientIpStampProxies = config().TRUSTED_PROXY_COUNT;
  if (globalForStamp.nftClientIpStampPatched) return;
  globalForStamp.nftClientIpStampPatched = true;
  for (const prototype of [http.Server.prototype, https.Server.prototype] as { emit: (event: string, ...args: unknown[]) => boolean }[]) {
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event === "request") {
        stampClientIp(args[0] as http.IncomingMessage, globalForStamp.nftClientIpStampProxies ?? 0);
        dropForwardedProto(args[0] as http.IncomingMessage);
      }
      return emit.call(this, event, ...args);
    };
  }
}
