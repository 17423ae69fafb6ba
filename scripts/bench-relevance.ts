// npm run bench:relevance: runs the judged query set (scripts/bench/relevance-set.ts) through the
// directory's search, uncached, on the configured database or BENCH_DATABASE_URL, and prints the
// share of queries whose expected startup comes first and within the top 5, and the median number
// of results of an exact-name query (typo tolerance must not drag in hundreds of near misses).
import { openConfiguredDatabase, openPostgres } from "@/db/client";
import { parseSearchParams, rawParams } from "@/lib/search/params";
import { searchStartups } from "@/lib/search/search";
import { RELEVANCE_SET } from "./bench/relevance-set";

const url = process.env.BENCH_DATABASE_URL;
const database = url ? await openPostgres(url) : await openConfiguredDatabase();
let first = 0;
let top5 = 0;
const exactTotals: number[] = [];
const misses: string[] = [];
for (const judged of RELEVANCE_SET) {
  const result = await searchStartups(database.db, parseSearchParams(rawParams(new URLSearchParams(judged.query))));
  const position = result.items.findIndex((item) => item.slug === judged.expected);
  if (position === 0) first++;
  if (position >= 0 && position < 5) top5++;
  if (judged.kind === "exact name") exactTotals.push(result.total);
  if (position !== 0) misses.push(`  ${judged.kind.padEnd(12)} ${judged.query.padEnd(36)} expected ${judged.expected}, at ${position < 0 ? "-" : position + 1}, first ${result.items[0]?.slug ?? "none"} (${result.total} results)`);
}
exactTotals.sort((a, b) => a - b);
const share = (n: number) => `${((100 * n) / RELEVANCE_SET.length).toFixed(1)} %`;
console.log(`${RELEVANCE_SET.length} judged queries`);
console.log(`expected startup first:      ${share(first)} (${first})`);
console.log(`expected startup in top 5:   ${share(top5)} (${top5})`);
console.log(`median results, exact names: ${exactTotals[exactTotals.length >> 1]} (max ${exactTotals[exactTotals.length - 1]})`);
if (misses.length) console.log(`not first:\n${misses.join("\n")}`);
await database.close();
