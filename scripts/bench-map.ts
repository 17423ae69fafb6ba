// npx tsx scripts/bench-map.ts — what the map costs a page: its markup's weight on the wire
// (gzip) and its render time without any cache (first render, with the projection, then later
// renders, which reuse the projected outlines). Prints numbers; the map itself sends no JavaScript.
// With `-- --base http://127.0.0.1:3000` (a running production server), also the whole documents
// on the wire, gzipped, with and without a map: a document carries the map twice, as markup and
// inside Next's embedded page data.
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { DirectoryMap } from "@/components/map/directory-map";
import { ProfileMap } from "@/components/map/profile-map";
import { StatisticsMap } from "@/components/map/statistics-map";
import { parseSearchParams } from "@/lib/search/params";
import type { FacetCounts } from "@/lib/search/search";
import { communeFigures } from "@/lib/stats/by-commune";
import { parseStatisticsParams } from "@/lib/stats/page-params";
import { listCommunes } from "@/lib/territory";

const RUNS = 30;
// Deterministic counts, spread like a real directory's (many communes with none, a few with many).
const counts = new Map(listCommunes().map((commune, index) => [commune.code, index % 3 === 0 ? 0 : (index * 37) % 60]));
const facets: FacetCounts = { metropolis: {}, commune: Object.fromEntries(counts), sector: {}, stage: {}, hiring: 0, year: {}, teamBand: {}, freshness: {} };

const noop = () => undefined;
const standInRouter = { back: noop, forward: noop, refresh: noop, push: noop, replace: noop, prefetch: noop, hmrRefresh: noop, bfcacheId: "bench" };

const cases: [string, () => ReturnType<typeof createElement>][] = [
  ["statistics map (all)", () => createElement(StatisticsMap, { params: parseStatisticsParams(new URLSearchParams()), rows: communeFigures(null, new Map([...counts].map(([code, startups]) => [code, { startups, jobs: startups * 7 }]))), scope: "all" })],
  ["statistics map (rouen)", () => createElement(StatisticsMap, { params: parseStatisticsParams(new URLSearchParams("metropole=rouen")), rows: communeFigures("rouen", new Map([...counts].map(([code, startups]) => [code, { startups, jobs: startups * 7 }]))), scope: "rouen" })],
  // Its links navigate in place through the app's router (components/ui/soft-links): a stand-in here.
  ["directory map (all)", () => createElement(AppRouterContext.Provider, { value: standInRouter }, createElement(DirectoryMap, { params: parseSearchParams({ vue: "carte" }), facets }))],
  ["profile map", () => createElement(ProfileMap, { communeCode: "14327" })],
];

for (const [name, element] of cases) {
  const firstStarted = performance.now();
  const html = renderToStaticMarkup(element());
  const first = performance.now() - firstStarted;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    renderToStaticMarkup(element());
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(
    `${name.padEnd(24)} html ${kB(Buffer.byteLength(html)).padStart(9)}  gzip ${kB(gzipSync(html).length).padStart(8)}  first render ${first.toFixed(1).padStart(6)} ms  then median ${times[RUNS >> 1]!.toFixed(1)} ms, max ${times[RUNS - 1]!.toFixed(1)} ms`,
  );
}

const { values } = parseArgs({ options: { base: { type: "string" } } });
if (values.base) {
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const pages = ["/startups", "/startups?vue=carte", "/statistiques", "/statistiques?metropole=rouen", "/startups/neptunia-analytics", "/a-propos"];
  console.log(`\nWhole pages on the wire (gzip), ${values.base}:`);
  for (const page of pages) {
    const html = Buffer.from(await (await fetch(values.base + page)).arrayBuffer());
    console.log(`${page.padEnd(32)} document ${kB(html.length).padStart(9)}, gzip ${kB(gzipSync(html).length).padStart(8)}`);
  }
}
