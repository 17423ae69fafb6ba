// Which page-cache entries this process has recently asked Next to render, so that the proxy can
// tell a search that will be served from the page cache (free) from one that will be rendered
// (costly, and rate-limited per address). A hint only, per process: a key seen here is in Next's
// cache unless the LRU dropped it, and a key missed here costs one extra rate-limit hit at worst.
import { LRUCache } from "lru-cache";

const globalForRenders = globalThis as unknown as { nftRecentRenders?: LRUCache<string, true> };
const recent = (globalForRenders.nftRecentRenders ??= new LRUCache<string, true>({ max: 5000 }));

export function wasRendered(internalPath: string): boolean {
  return recent.has(internalPath);
}

export function markRendered(internalPath: string): void {
  recent.set(internalPath, true);
}
