// npm run bench:search [-- --count 300]: server time of new searches, one at a time. Runs the
// distinct-search mix (scripts/bench/search-mix.ts) straight through the search function, with no
// cache but the per-version facet snapshot (each search is new), on the configured database or BENCH_DATABASE_URL, and prints p50 / p99 / max overall and
// by kind of query. No HTTP, no rendering: the database and search code only.
import { parseArgs } from "node:util";
import { openConfiguredDatabase, openPostgres } from "@/db/client";
import { parseSearchParams, rawParams } from "@/lib/search/params";
import { searchDirectory } from "@/lib/search/search";
import { searchMix } from "./bench/search-mix";

const { values } = parseArgs({ options: { count: { type: "string", default: "300" } } });
const url = process.env.BENCH_DATABASE_URL;
const database = url ? await openPostgres(url) : await openConfiguredDatabase();

function kindOf(query: URLSearchParams): string {
  const q = query.get("q") ?? "";
  if (!q) return "filters only";
  if (q.length <= 2) return "1-2 letter prefix";
  if (q.includes(" ")) return "two words";
  return query.get("page") === "5" ? "word, page 5" : "word or typo";
}

const times = new Map<string, number[]>([["all", []]]);
// Warm up the connection and the planner's caches.
for (const query of searchMix(20, 7)) await searchDirectory(database.db, parseSearchParams(rawParams(new URLSearchParams(query))));
for (const text of searchMix(Number(values.count))) {
  const query = new URLSearchParams(text);
  const started = performance.now();
  await searchDirectory(database.db, parseSearchParams(rawParams(query)));
  const elapsed = performance.now() - started;
  times.get("all")!.push(elapsed);
  const kind = kindOf(query);
  if (!times.has(kind)) times.set(kind, []);
  times.get(kind)!.push(elapsed);
}
const at = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
console.log("kind".padEnd(20) + "n".padStart(6) + "p50 ms".padStart(9) + "p99 ms".padStart(9) + "max ms".padStart(9));
for (const [kind, list] of times) {
  list.sort((a, b) => a - b);
  console.log(kind.padEnd(20) + String(list.length).padStart(6) + at(list, 0.5).toFixed(1).padStart(9) + at(list, 0.99).toFixed(1).padStart(9) + list[list.length - 1]!.toFixed(1).padStart(9));
}
await database.close();
