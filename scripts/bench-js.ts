// npm run bench:js [-- --base http://127.0.0.1:3000] — the JavaScript each page makes a browser
// load before it is interactive (issue 13: ≤ 100 kB gzipped on /startups, a profile and
// /statistiques). Reads every <script src> of the document, as a browser would, and sums each
// file's gzipped size once per page; also lists the heaviest files. For scale: a bare Next 16 App
// Router page (one server component, no client code) loads 131 kB gzipped (measured 2026-12-03). Without --base it starts the
// production build (`npm run build` first) on a fresh embedded database with the demo data.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { startServer, stopServer } from "./fault/support";

const { values } = parseArgs({ options: { base: { type: "string" }, port: { type: "string", default: "3600" }, limit: { type: "string", default: "100" } } });
const PAGES = ["/startups", "/startups?secteur=sante", "/startups/neptunia-analytics", "/statistiques", "/evenements", "/a-propos", "/donnees-ouvertes", "/compte/connexion"];

const root = values.base ? null : fs.mkdtempSync(path.join(os.tmpdir(), "nft-bench-js-"));
const server = root ? await startServer(Number(values.port), { DATABASE_URL: "", PGLITE_DATA_DIR: path.join(root, "pglite"), DEMO_DATA: "1", LOG_LEVEL: "warn" }) : null;
const base = values.base ?? server!.base;
const sizes = new Map<string, { raw: number; gzip: number }>();

async function sizeOf(src: string): Promise<{ raw: number; gzip: number }> {
  const known = sizes.get(src);
  if (known) return known;
  const bytes = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
  const size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  sizes.set(src, size);
  return size;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const limit = Number(values.limit) * 1024;
let over = 0;
try {
  console.log(`First-load JavaScript per page (gzip level 9), ${base}`);
  for (const page of PAGES) {
    const html = await (await fetch(base + page)).text();
    // `noModule` scripts (Next's polyfills, 38 kB) are neither fetched nor run by any browser that
    // supports modules, which is every browser the site targets.
    const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((match) => !/\snomodule/i.test(match[0]));
    const sources = [...new Set(tags.map((match) => match[1]!.replace(/&amp;/g, "&")))];
    let raw = 0;
    let gzip = 0;
    const files: [string, number][] = [];
    for (const src of sources) {
      const size = await sizeOf(src);
      raw += size.raw;
      gzip += size.gzip;
      files.push([src.replace(/^.*\//, ""), size.gzip]);
    }
    if (gzip > limit) over++;
    const heaviest = files.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, size]) => `${name} ${kB(size)}`).join(", ");
    console.log(`${page.padEnd(30)} ${String(sources.length).padStart(2)} files  ${kB(raw).padStart(9)} raw  ${kB(gzip).padStart(8)} gzip${gzip > limit ? "  OVER" : ""}   heaviest: ${heaviest}`);
  }
  console.log(over ? `\n${over} page(s) over ${values.limit} kB gzipped.` : `\nEvery page within ${values.limit} kB gzipped.`);
} finally {
  if (server) await stopServer(server);
  if (root) fs.rmSync(root, { recursive: true, force: true });
}
