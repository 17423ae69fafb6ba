// npm run fault:soak [-- --seconds 300 --engine pglite|postgres --port 3516]
// Mixed public and authenticated load for a bounded time (30 s in CI, 5 min in the long form):
// search, profiles, statistics, open data, health, sign-ups, profile saves by the demo members
// (scripts/fault/profile.ts), moderation decisions (scripts/fault/moderation.ts), and signed-in
// member and moderator pages. Reports errors, lost sign-ups, memory at start, after a warm-up and
// at the end, and p99 per route; fails on an error, a lost write, or more memory held at the end
// than the warm-up's bound (scripts/fault/memory.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { dropDatabase, freshDatabase } from "./pg-admin";
import { signIn } from "./session";
import { errorLines, get, percentile, rssMegabytes, signUp, sleep, startServer, stopServer, uniqueEmail, type Outcome } from "./support";
import { builtPageCacheMegabytes, heldBound } from "./memory";
import { inspectorUrl, memoryAfterGc, INSPECT_FLAG, type HeldMemory } from "./heap";
import { profileEditors, profileToken, recordSave, saveProfile, type ProfileHistory } from "./profile";
import { checkModeration, toggleModeration, type ModerationHistory } from "./moderation";
import { checkProfileSaves, missingAccounts } from "./verify";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    engine: { type: "string", default: "pglite" },
    port: { type: "string", default: "3516" },
    concurrency: { type: "string", default: "8" },
  },
});
const seconds = Number(values.seconds);
// The first fifth of the run (5 s at least) warms the server up: JIT, the page cache of the few
// queries sent, pools, the first password hashes. Memory after it is the baseline.
const warmUpMs = Math.max(5_000, seconds * 200);

const root = fs.mkdtempSync(path.join(os.tmpdir(), "nft-fault-soak-"));
const serverUrl = process.env.FAULT_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const url = values.engine === "postgres" ? await freshDatabase(serverUrl, "nft_fault_soak") : undefined;
const dataDir = path.join(root, "pglite");
const target = url ? { url } : { dataDir };
const env: Record<string, string> = url ? { DATABASE_URL: url, DEMO_DATA: "1" } : { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, DEMO_DATA: "1" };

try {
  const server = await startServer(Number(values.port), env, { nodeArgs: [INSPECT_FLAG] });
  const inspector = inspectorUrl(server.log);
  const member = await signIn(server.base, "camille@exemple.fr", "demo-camille-2015");
  const moderator = await signIn(server.base, "moderation@exemple.fr", "demo-moderation-2015");
  const editors = await profileEditors(server.base);
  const authed = (cookie: string, pathname: string) => async (): Promise<Outcome> => {
    const startedAt = performance.now();
    const response = await fetch(`${server.base}${pathname}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    return { ok: response.status === 200, status: response.status, ms: performance.now() - startedAt };
  };
  const queries = ["", "?q=energie", "?q=neptunia", "?metropole=caen", "?secteur=sante", "?q=data&page=2", "?recrute=1"];
  const routes: Record<string, () => Promise<Outcome>> = {
    "GET /startups?…": () => get(server.base, `/startups${queries[Math.floor(Math.random() * queries.length)]}`),
    "GET /startups/[slug]": () => get(server.base, "/startups/neptunia-analytics"),
    "GET /statistiques": () => get(server.base, "/statistiques"),
    "GET /api/v1/startups": () => get(server.base, "/api/v1/startups?taille=20"),
    "GET /api/health/ready": () => get(server.base, "/api/health/ready"),
    "GET /espace (member)": authed(member, "/espace"),
    "GET /admin (moderator)": authed(moderator, "/admin"),
  };
  const names = Object.keys(routes);
  const latencies = new Map<string, number[]>([...names, "POST sign-up", "POST profile save", "POST moderation"].map((name) => [name, []]));
  const errors = new Map<string, number>();
  const saved: string[] = [];
  let n = 0;
  const history: ProfileHistory = new Map();
  const decisions: ModerationHistory = { answeredDone: 0, sent: 0 };
  const memory: number[] = [];

  /** The whole mix, from now until `deadline`; resolves once every request has been answered. */
  const load = async (deadline: number) => {
    const workers = Array.from({ length: Number(values.concurrency) }, async (_, worker) => {
      while (Date.now() < deadline) {
        // About one write in ten requests.
        const write = Math.random() < 0.1;
        const name = write ? "POST sign-up" : names[(n + worker) % names.length]!;
        const email = uniqueEmail("soak", n++);
        const outcome = write ? await signUp(server.base, email) : await routes[name]!();
        latencies.get(name)!.push(outcome.ms);
        if (!outcome.ok) errors.set(name, (errors.get(name) ?? 0) + 1);
        else if (write) saved.push(email);
      }
    });
    // One writer per editable demo startup, in order, a save every half second or so.
    const profileWriters = editors.map(async (editor) => {
      while (Date.now() < deadline) {
        const token = profileToken();
        const answered = recordSave(history, editor.startupId, token);
        const outcome = await saveProfile(editor, token);
        answered(outcome.ok);
        latencies.get("POST profile save")!.push(outcome.ms);
        if (!outcome.ok) errors.set("POST profile save", (errors.get("POST profile save") ?? 0) + 1);
        await sleep(500);
      }
    });
    // One moderator deciding on one startup, in turn unpublished and republished, every second or so.
    const moderation = (async () => {
      while (Date.now() < deadline) {
        const outcome = await toggleModeration(server.base, moderator, decisions);
        latencies.get("POST moderation")!.push(outcome.ms);
        if (!outcome.ok) errors.set("POST moderation", (errors.get("POST moderation") ?? 0) + 1);
        await sleep(1000);
      }
    })();
    const sampler = (async () => {
      while (Date.now() < deadline) {
        await sleep(Math.min(5000, seconds * 100));
        memory.push(rssMegabytes(server.process.pid!));
      }
    })();
    await Promise.all([...workers, ...profileWriters, moderation, sampler]);
  };
  // Memory is compared between two quiet moments, each once every request has been answered, by
  // what the server holds after a full collection (scripts/fault/memory.ts says why not RSS).
  const quiet = async () => {
    await sleep(500);
    const rss = rssMegabytes(server.process.pid!);
    return { rssBefore: rss, ...(await memoryAfterGc(inspector)) };
  };
  const memoryStart = rssMegabytes(server.process.pid!);
  const startedAt = Date.now();
  await load(startedAt + warmUpMs);
  const memoryWarm = await quiet();
  await load(startedAt + seconds * 1000);
  const memoryEnd = await quiet();
  const pageCache = builtPageCacheMegabytes();
  const held = (reading: HeldMemory) => reading.heap + reading.external;
  const bound = heldBound(held(memoryWarm), pageCache);
  const logged = errorLines(server.log);
  await stopServer(server);
  const missing = await missingAccounts(target, saved);
  const profiles = await checkProfileSaves(target, history);
  const moderated = await checkModeration(target, decisions);
  const profileSaves = [...history.values()].reduce((sum, entry) => sum + entry.sent.length, 0);

  const total = [...latencies.values()].reduce((sum, list) => sum + list.length, 0);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  console.log(`\nsoak on ${values.engine}, ${seconds} s, ${values.concurrency} connections: ${total} requests (${Math.round(total / seconds)} req/s), ${errorCount} errors, ${logged.length} error lines logged, ${saved.length} sign-ups, ${missing.length} lost; ${profileSaves} profile saves on ${profiles.checked} startups, ${profiles.lost.length} lost, ${profiles.halfWritten.length} half written; ${decisions.answeredDone} moderation decisions, ${moderated.audited} audited, ${moderated.lost} lost${moderated.halfWritten ? ", STATUS AND AUDIT DISAGREE" : ""}`);
  console.log(
    `memory held after a full collection (heap + buffers): ${held(memoryWarm)} MB (${memoryWarm.heap} + ${memoryWarm.external}) once the ${warmUpMs / 1000} s warm-up was answered, ${held(memoryEnd)} MB (${memoryEnd.heap} + ${memoryEnd.external}) once the rest was (bound ${bound} MB with a ${pageCache} MB page cache: ${held(memoryEnd) <= bound ? "ok" : "EXCEEDED"}); RSS ${memoryStart} MB at start, ${memoryWarm.rssBefore} and ${memoryEnd.rssBefore} MB at those two moments (${memoryWarm.rss} and ${memoryEnd.rss} MB right after the collection), max under load ${Math.max(...memory)} MB (samples: ${memory.join(", ")})`,
  );
  console.log("route".padEnd(26) + "requests".padStart(9) + "errors".padStart(8) + "p50 ms".padStart(8) + "p99 ms".padStart(8));
  for (const [name, list] of latencies) {
    console.log(name.padEnd(26) + String(list.length).padStart(9) + String(errors.get(name) ?? 0).padStart(8) + String(Math.round(percentile(list, 50))).padStart(8) + String(Math.round(percentile(list, 99))).padStart(8));
  }
  for (const line of logged.slice(0, 5)) console.log(`  ${line}`);
  for (const problem of profiles.lost) console.log(`  profile lost: ${problem}`);
  if (errorCount || missing.length || logged.length || held(memoryEnd) > bound || profiles.lost.length || profiles.halfWritten.length || !profiles.checked || moderated.lost || moderated.halfWritten || !decisions.answeredDone) process.exitCode = 1;
} finally {
  if (url) await dropDatabase(serverUrl, "nft_fault_soak");
  fs.rmSync(root, { recursive: true, force: true });
}
