// npm run fault:pg-restart [-- --seconds 20 --port 3518 --moderation]
// Restarts the PostgreSQL server in the middle of a mixed load (search, profiles, sign-in,
// sign-ups, moderator pages; with --moderation also moderation decisions) and measures: errors during the outage, time from the database
// being back to the first good answer (must be under 5 s, without restarting the app), the
// health endpoint going 503 and back to 200, and sign-ups lost (must be 0). A sign-up that fails
// must be answered with the French page asking to retry (lib/i18n fr.error.body); any other
// failed write is a finding, and so is one cut off (no answer) that the database shows committed:
// the user was told nothing about a write that happened.
// FAULT_PG_URL: the server (default: the local one). FAULT_PG_RESTART_CMD: how to restart it
// (default: pg_ctlcluster --skip-systemctl-redirect <version> main restart). Run it alone: every
// other user of that server sees the restart.
import { exec } from "node:child_process";
import fs from "node:fs";
import { parseArgs, promisify } from "node:util";
import { dropDatabase, freshDatabase } from "./pg-admin";
import { signIn } from "./session";
import { asksToRetry, get, signUp, sleep, startServer, stopServer, uniqueEmail, type Outcome } from "./support";
import { checkModeration, toggleModeration, type ModerationHistory } from "./moderation";
import { missingAccounts, halfWrittenAccounts } from "./verify";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, port: { type: "string", default: "3518" }, concurrency: { type: "string", default: "6" }, moderation: { type: "boolean", default: false } } });
const serverUrl = process.env.FAULT_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const restartCommand =
  process.env.FAULT_PG_RESTART_CMD ?? `pg_ctlcluster --skip-systemctl-redirect ${fs.readdirSync("/etc/postgresql")[0]} main restart`;
const seconds = Number(values.seconds);
const url = await freshDatabase(serverUrl, "nft_fault_restart");

type Event = Outcome & { at: number; route: string; write: boolean; retryMessage: boolean; email?: string };
try {
  const server = await startServer(Number(values.port), { DATABASE_URL: url, DEMO_DATA: "1", DATABASE_POOL_SIZE: "4" });
  const moderator = await signIn(server.base, "moderation@exemple.fr", "demo-moderation-2015");
  const events: Event[] = [];
  const health: { at: number; status: number }[] = [];
  const saved: string[] = [];
  const t0 = performance.now();
  let deadline = t0 + seconds * 1000;
  let n = 0;
  const routes: [string, () => Promise<Outcome & { retryMessage?: boolean }>][] = [
    ["search", () => get(server.base, `/startups?q=${["energie", "data", "mer", "cidre"][n % 4]}`)],
    ["profile", () => get(server.base, "/startups/neptunia-analytics")],
    ["sign-in", async () => {
      const startedAt = performance.now();
      try {
        await signIn(server.base, "camille@exemple.fr", "demo-camille-2015");
        return { ok: true, status: 200, ms: performance.now() - startedAt };
      } catch (error) {
        return { ok: false, status: 0, ms: performance.now() - startedAt, error: String(error) };
      }
    }],
    ["moderator", async () => {
      const startedAt = performance.now();
      try {
        const response = await fetch(`${server.base}/admin`, { headers: { cookie: moderator }, redirect: "manual" });
        const body = await response.text();
        return { ok: response.status === 200, status: response.status, ms: performance.now() - startedAt, retryMessage: asksToRetry(body) };
      } catch (error) {
        return { ok: false, status: 0, ms: performance.now() - startedAt, error: String(error) };
      }
    }],
  ];
  const workers = Array.from({ length: Number(values.concurrency) }, async (_, worker) => {
    while (performance.now() < deadline) {
      const write = (n + worker) % 4 === 0;
      const index = n++;
      const at = performance.now() - t0;
      if (write) {
        const email = uniqueEmail("restart", index);
        const outcome = await signUp(server.base, email);
        if (outcome.ok) saved.push(email);
        events.push({ ...outcome, at, route: "sign-up", write: true, retryMessage: outcome.retryMessage ?? false, email });
      } else {
        const [route, run] = routes[index % routes.length]!;
        const outcome = await run();
        events.push({ ...outcome, at, route, write: false, retryMessage: outcome.retryMessage ?? false });
      }
    }
  });
  // One moderator unpublishing and republishing one startup, a decision at a time.
  const decisions: ModerationHistory = { answeredDone: 0, sent: 0 };
  // Off by default (not in .ci/run) until more runs confirm the fix of its finding: a decision
  // posted while the database was down answered a bare 500 (app/admin/actions.ts read the
  // moderator outside `attempt`).
  const moderation = (async () => {
    while (values.moderation && performance.now() < deadline) {
      const at = performance.now() - t0;
      const outcome = await toggleModeration(server.base, moderator, decisions);
      events.push({ ...outcome, at, route: "moderation decision", write: true, retryMessage: outcome.retryMessage ?? false });
      await sleep(300);
    }
  })();
  const poller = (async () => {
    while (performance.now() < deadline) {
      const outcome = await get(server.base, "/api/health/ready");
      health.push({ at: performance.now() - t0, status: outcome.status });
      await sleep(100);
    }
  })();
  await sleep((seconds * 1000) / 3);
  const restartAt = performance.now() - t0;
  // Asynchronously: the load and the health poller must keep running during the outage.
  await promisify(exec)(restartCommand);
  const backAt = performance.now() - t0;
  // A slow restart (a checkpoint first) must not end the run before recovery can be seen: 20 s of
  // load after the database is back (a pool connection attempt made during the outage may wait).
  deadline = Math.max(deadline, performance.now() + 20_000);
  await Promise.all([...workers, moderation, poller]);
  await stopServer(server);

  const firstGood = events.filter((e) => e.ok && !e.write && e.route !== "sign-in" && e.at >= backAt).sort((a, b) => a.at + a.ms - (b.at + b.ms))[0];
  const recoveryMs = firstGood ? firstGood.at + firstGood.ms - backAt : Infinity;
  const outage = events.filter((e) => !e.ok);
  const went503 = health.some((h) => h.status === 503 && h.at >= restartAt);
  const back200 = health.some((h) => h.status === 200 && h.at > Math.max(...health.filter((x) => x.status === 503).map((x) => x.at), restartAt));
  const missing = await missingAccounts({ url }, saved);
  const half = await halfWrittenAccounts({ url }, "restart");
  const moderated = await checkModeration({ url }, decisions);
  const failedWrites = outage.filter((e) => e.write);
  // A refusal with the French retry page is the allowed failure; a write with no answer is one
  // only if it did not commit (otherwise the user was told nothing of a saved account).
  const retryPages = failedWrites.filter((e) => e.status > 0 && e.retryMessage);
  // A decision cut off may have committed or not: the check below compares status and audit log.
  const cutOff = failedWrites.filter((e) => e.status === 0 && e.route === "sign-up");
  const cutOffNotCommitted = new Set(await missingAccounts({ url }, cutOff.map((e) => e.email!)));
  const cutOffCommitted = cutOff.filter((e) => !cutOffNotCommitted.has(e.email!));
  const otherFailures = failedWrites.filter((e) => e.status > 0 && !e.retryMessage);
  const findings = [
    ...cutOffCommitted.map((e) => `a sign-up cut off at ${Math.round(e.at)} ms (${e.error ?? "no answer"}) that committed`),
    ...(moderated.lost ? [`${moderated.lost} moderation decisions answered as done are not in the audit log`] : []),
    ...(moderated.halfWritten ? ["the moderated startup's status is not what its last audited decision left"] : []),
    ...otherFailures.map((e) => `a ${e.route} failed at ${Math.round(e.at)} ms with ${e.status} and no French retry page`),
  ];
  console.log(
    `PostgreSQL restart under load: restart took ${Math.round(backAt - restartAt)} ms; ${events.length} requests, ${outage.length} errors ` +
      `(${failedWrites.length} writes refused: ${retryPages.length} with the French page asking to retry, ${cutOff.length} cut off of which ${cutOffCommitted.length} committed, ${otherFailures.length} other); ` +
      `first good answer ${Math.round(recoveryMs)} ms after the database was back; health ${went503 ? "went 503" : "never went 503"} and ${back200 ? "came back to 200" : "DID NOT come back"}; ` +
      `${saved.length} sign-ups answered as saved, ${missing.length} lost, ${half} half written; ` +
      `${decisions.answeredDone} moderation decisions answered as done (${decisions.sent} sent), ${moderated.audited} audited, ${moderated.lost} lost`,
  );
  for (const finding of findings) console.log(`  finding: ${finding}`);
  if (recoveryMs > 5000 || missing.length || half || !went503 || !back200 || findings.length || (values.moderation && !decisions.answeredDone)) process.exitCode = 1;
} finally {
  await dropDatabase(serverUrl, "nft_fault_restart").catch(() => {});
}
