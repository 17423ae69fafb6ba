// A per-process secret that proxy.ts sends along with its own page-cache rewrites. When Next
// forwards a rewrite over HTTP (a second pass from 127.0.0.1), it tells our own forward apart from
// a request someone made directly: the proxy accepts the internal path, and the client-address
// stamp (lib/client-ip.ts) keeps the address the first pass found. Kept on globalThis because the
// proxy and the instrumentation hook are separate bundles in one process.
import { randomUUID } from "node:crypto";

export const REWRITE_HEADER = "x-nft-page-cache-rewrite";

const globalForRewrite = globalThis as unknown as { nftRewriteSecret?: string };

export function rewriteSecret(): string {
  return (globalForRewrite.nftRewriteSecret ??= randomUUID());
}
