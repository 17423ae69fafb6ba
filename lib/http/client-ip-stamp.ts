// Installs the client-address stamp (lib/client-ip.ts) on every Node HTTP and HTTPS server of this
// process. Called from instrumentation.ts, which runs in the process that owns the listening
// socket both under `next start` and under the standalone server (`node .next/standalone/server.js`):
// neither puts a proxy process in between. Patching `emit` on the prototypes reaches a server
// that was created before this ran, and sees each request before Next's own 'request' listener.
import http from "node:http";
import https from "node:https";
import { stampClientIp, trustedProxyCount } from "@/lib/client-ip";

const globalForStamp = globalThis as unknown as { nftClientIpStamp?: boolean };

export function installClientIpStamp(): void {
  if (globalForStamp.nftClientIpStamp) return;
  globalForStamp.nftClientIpStamp = true;
  const proxies = trustedProxyCount();
  for (const prototype of [http.Server.prototype, https.Server.prototype] as { emit: (event: string, ...args: unknown[]) => boolean }[]) {
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event === "request") stampClientIp(args[0] as http.IncomingMessage, proxies);
      return emit.call(this, event, ...args);
    };
  }
}
