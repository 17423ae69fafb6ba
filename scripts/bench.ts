// npm run bench [-- --engine pglite|postgres|both] [--duration 10] [--connections 16] [--rows 100000] [--only search]
// Seeds (or reuses) a database with N published startups, starts the production server (run
// `npm run build` first) and load-tests pages with autocannon, all in one run, so that the ratios
// to the bare page are comparable on a noisy machine.
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, queryRows, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { seedGenerated } from "@/db/seed-generated";
import { searchMix } from "./bench/search-mix";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL ? "postgres" : "pglite" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    // Published startups to measure at (`--count` is the older name). Each size has its own
    // database: nft_bench (100k) or nft_bench_<rows> on the server, .data/bench-<rows> embedded.
    rows: { type: "string" },
    count: { type: "string" },
    // Measures only the targets whose name contains this text (the bare page is always measured).
    only: { type: "string", default: "" },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const COUNT = Number(values.rows ?? values.count ?? "100000");
const PORT = Number(process.env.BENCH_PORT ?? 3300);
// Absolute: the standalone server runs from .next/standalone.
const PGLITE_DIR = path.resolve(COUNT === 100000 ? ".data/bench" : `.data/bench-${COUNT}`);
const DEFAULT_URL = `postgres://postgres@127.0.0.1:5432/${COUNT === 100000 ? "nft_bench" : `nft_bench_${COUNT}`}`;

type Target = { name: string; path: string; varied?: () => string; warmUp?: () => string };

// Varied searches: enough distinct URLs that most requests miss the per-version cache.
const WORDS = ["logistique", "robo", "sante", "donnees", "energie", "port", "agri", "numerique", "cyber", "mobilite", "ia", "capteur"];
const METROS = ["", "&metropole=caen", "&metropole=le-havre", "&metropole=rouen"];
function variedSearch(): string {
  const word = WORDS[Math.floor(Math.random() * WORDS.length)];
  const metro = METROS[Math.floor(Math.random() * METROS.length)];
  return `/startups?q=${word}${metro}&page=${1 + Math.floor(Math.random() * 50)}`;
}
// The distinct-search mix (scripts/bench/search-mix.ts): every request a search never asked
// before in this run, so neither the page cache nor the data cache can answer it. The warm-up
// draws from another mix, so it cannot pre-fill the cache for the measured one.
const distinct = searchMix(20_000);
const distinctWarmUp = searchMix(2_000, 7);
let distinctNext = 0;
let warmUpNext = 0;
const distinctSearch = () => `/startups?${distinct[distinctNext++ % distinct.length]}`;
const distinctWarm = () => `/startups?${distinctWarmUp[warmUpNext++ % distinctWarmUp.length]}`;

let visitors = 0;
/** A new address in 10.0.0.0/8 for each request. */
function visitorAddress(): string {
  visitors = (visitors + 1) % 16_777_216;
  return `10.${(visitors >> 16) & 255}.${(visitors >> 8) & 255}.${visitors & 255}`;
}

type Measure = { name: string; rps: number; p50: number; p99: number; errors: number };

async function prepare(engine: "pglite" | "postgres"): Promise<{ env: Record<string, string>; profileSlug: string }> {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_URL;
  if (engine === "postgres") await ensurePostgresDatabase(url);
  const database: Database = engine === "postgres" ? await openPostgres(url) : await openPglite({ dataDir: PGLITE_DIR });
  await migrateDatabase(database, url);
  const [{ published }] = await queryRows<{ published: number }>(
    database.db,
    sql`select count(*)::int as published from startups where status = 'published'`,
  ) as [{ published: number }];
  if (published < COUNT) {
    console.log(`[${engine}] seeding ${COUNT - published} startups…`);
    await seedDemo(database.db);
    await seedGenerated(database.db, COUNT - published, { log: (line) => process.stdout.write(`\r[${engine}] ${line}   `), seed: 2015 });
    process.stdout.write("\n");
  }
  await database.db.execute(sql`analyze`);
  const [{ slug }] = (await queryRows<{ slug: string }>(
    database.db,
    sql`select slug from startups where status = 'published' order by published_at desc offset 500 limit 1`,
  )) as [{ slug: string }];
  await database.close(); // Releases the PGlite lock for the server.
  return {
    env: engine === "postgres" ? { DATABASE_URL: url } : { DATABASE_URL: "", PGLITE_DATA_DIR: PGLITE_DIR },
    profileSlug: slug,
  };
}

async function ensurePostgresDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = await openPostgres(server.toString(), { max: 1 });
  const exists = await queryRows(admin.db, sql`select 1 from pg_database where datname = ${name}`);
  if (exists.length === 0) await admin.db.execute(sql.raw(`create database "${name.replace(/"/g, "")}"`));
  await admin.close();
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  // The standalone server, as `npm start` runs it in production, on HOSTNAME=localhost as the
  // README advises (on 127.0.0.1 Next forwards every page to itself over HTTP).
  const server = spawn(process.execPath, [".next/standalone/server.js"], {
    // DEMO_DATA=1: the bench database holds the demo accounts, which a production start refuses otherwise.
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(PORT), HOSTNAME: "localhost", DEMO_DATA: "1", TRUSTED_PROXY_COUNT: "1", NEXTAUTH_SECRET: "bench-only-secret-0123456789abcdef", NEXTAUTH_URL: `http://127.0.0.1:${PORT}` },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/a-propos`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not start.");
}

async function measure(target: Target): Promise<Measure> {
  // Warm up caches and JIT first, then measure.
  // Each request from its own visitor address (the server trusts one proxy here): the per-address
  // limit on uncached searches (300 in 10 minutes) is for one visitor, not for a load test.
  const requestsOf = (next?: () => string) => [
    { setupRequest: (request: autocannon.Request) => ({ ...request, path: next ? next() : request.path, headers: { ...request.headers, "x-forwarded-for": visitorAddress() } }) },
  ];
  const requests = requestsOf(target.varied);
  await autocannon({ url: `http://127.0.0.1:${PORT}${target.path}`, connections: 4, duration: 2, requests: requestsOf(target.warmUp ?? target.varied) });
  const result = await autocannon({ url: `http://127.0.0.1:${PORT}${target.path}`, connections: CONNECTIONS, duration: DURATION, requests });
  return {
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function report(engine: string, measures: Measure[]) {
  const bare = measures.find((m) => m.name === "bare page")!;
  console.log(`\n${engine}: ${COUNT.toLocaleString("en")} published startups, ${CONNECTIONS} connections, ${DURATION} s each`);
  console.log("target".padEnd(34) + "req/s".padStart(8) + "p50 ms".padStart(9) + "p99 ms".padStart(9) + "  ×bare req/s  ×bare p99  errors");
  for (const m of measures) {
    console.log(
      m.name.padEnd(34) +
        m.rps.toFixed(0).padStart(8) +
        String(m.p50).padStart(9) +
        String(m.p99).padStart(9) +
        (m.rps / bare.rps).toFixed(2).padStart(13) +
        (m.p99 / bare.p99).toFixed(2).padStart(11) +
        String(m.errors).padStart(8),
    );
  }
}

/**
 * The statistics page's first request after a moderation decision (a published startup's hiring
 * flag flipped in the database, as an approval changes figures): nothing is cached for the new
 * version. PostgreSQL only: the embedded database is held by the server meanwhile.
 */
async function statisticsAfterChange(url: string) {
  const database = await openPostgres(url, { max: 1 });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    await database.db.execute(sql`update startups set hiring = not hiring
      where id = (select id from startups where status = 'published' order by published_at desc limit 1)`);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${PORT}/statistiques`);
    await response.text();
    times.push(performance.now() - started);
  }
  await database.close();
  console.log(`statistics page, first request after a change: ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
}

async function run(engine: "pglite" | "postgres") {
  const { env, profileSlug } = await prepare(engine);
  const server = await startServer(env);
  try {
    const targets: Target[] = [
      { name: "bare page", path: "/a-propos" },
      { name: "search: no query", path: "/startups" },
      { name: "search: 'logistique'", path: "/startups?q=logistique" },
      { name: "search: 'robo' + Caen", path: "/startups?q=robo&metropole=caen" },
      { name: "search: sector + hiring + sort", path: "/startups?secteur=ia-data&recrute=1&tri=recent" },
      { name: "search: page 3 of a filter", path: "/startups?metropole=rouen&stade=seed&page=3" },
      { name: "search: varied (mostly uncached)", path: "/startups", varied: variedSearch },
      { name: "search: distinct mix (never cached)", path: "/startups", varied: distinctSearch, warmUp: distinctWarm },
      { name: "profile page", path: `/startups/${profileSlug}` },
      { name: "statistics page", path: "/statistiques" },
      { name: "statistics page, one metropolis", path: "/statistiques?metropole=caen" },
      { name: "API: startups JSON page", path: "/api/v1/startups?metropole=rouen&taille=20" },
      { name: "API: stats JSON", path: "/api/v1/stats" },
    ];
    const measures: Measure[] = [];
    const selected = targets.filter((target) => target.name === "bare page" || target.name.includes(values.only));
    for (const target of selected) measures.push(await measure(target));
    report(engine, measures);
    if (engine === "postgres") await statisticsAfterChange(env.DATABASE_URL!);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const engines = values.engine === "both" ? (["postgres", "pglite"] as const) : [values.engine as "pglite" | "postgres"];
for (const engine of engines) await run(engine);
