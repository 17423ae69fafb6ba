// npm run fuzz [-- --long] [--seed N] [--only TEXT] [--shard K/N] [--port 3500] [--concurrency 8|16] [--per-entry N]
// Generated inputs against every public page, route handler and form of the production build
// (issue 9), over real HTTP on loopback, on a fresh embedded database: no 5xx, no stack trace or
// SQL text in any answer, no invalid row stored. Short form: 10,000 inputs or more in all; long
// form: 10,000 per entry point (about 1.4 million requests, 2.5–4 hours at 100–150 req/s on 2 cores:
// `--shard K/N` runs the K-th of N slices of the entry points, so it can be spread over N runs).
// Reuses the build (`npm run build`); exits non-zero on any finding.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { errorLines, startServer, stopServer, type Server } from "../fault/support";
import { TARGETS, uncatalogued } from "./catalogue";
import { invalidRows, type Finding } from "./checks";
import { actionCallEntry, authEntries, formEntry, targetEntry, type Entry } from "./entries";
import { crawl, csrfPair, sessions } from "./setup";
import { run, type Stats } from "./runner";

const { values } = parseArgs({
  options: {
    long: { type: "boolean", default: false },
    seed: { type: "string" },
    only: { type: "string" },
    shard: { type: "string" },
    port: { type: "string", default: "3500" },
    concurrency: { type: "string" },
    "per-entry": { type: "string" },
    minutes: { type: "string" },
    show: { type: "string", default: "15" },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const SHORT_TOTAL = 10_000;
// In flight at once. The long form keeps the server busier (measured: 106 req/s at 8, 150 at 16).
const concurrency = Number(values.concurrency ?? (values.long ? 16 : 8));
const LONG_PER_ENTRY = 10_000;
// The hard bounds: the run stops by itself at the deadline, whatever is left.
const minutes = Number(values.minutes ?? (values.long ? 240 : 8));

// Forms that end the fuzzer's own session (covered by the e2e tests): never posted.
const SESSION_ENDING = /Se déconnecter partout/;

const missing = uncatalogued();
if (missing.length) {
  console.error(`Entry points missing from scripts/fuzz/catalogue.ts: ${missing.join(", ")}`);
  process.exit(1);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), "nft-fuzz-"));
const dataDir = path.join(root, "pglite");
const mailDir = path.join(root, "mail");
const running: { server?: Server } = {};
const cleanUp = () => running.server?.process.exitCode === null && running.server.process.kill("SIGKILL");
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server.`);
    cleanUp();
    process.exit(130);
  });
}

console.log(`== Fuzz (${values.long ? "long" : "short"} form), seed ${seed}: replay with npm run fuzz -- --seed ${seed}${values.long ? " --long" : ""}${values.shard ? ` --shard ${values.shard}` : ""}`);
const startedAt = Date.now();
const server = await startServer(Number(values.port), {
  DATABASE_URL: "",
  PGLITE_DATA_DIR: dataDir,
  DEMO_DATA: "1",
  MAIL_CAPTURE_DIR: mailDir,
  MAIL_CAPTURE_IN_PRODUCTION: "1",
  SITE_URL: `http://127.0.0.1:${values.port}`,
  LOG_LEVEL: "warn",
});
running.server = server;
const base = server.base;
const cookies = await sessions(base, mailDir);
const found = await crawl(base, cookies);
const context = { base, cookies, realPaths: found.realPaths, paramNames: found.paramNames, csrf: await csrfPair(base) };

let entries: Entry[] = [
  ...TARGETS.filter((target) => !target.template.startsWith("/api/auth/")).flatMap((target) => target.roles.map((role) => targetEntry(context, target, role))),
  ...authEntries(context),
];
const calls = new Set<string>();
for (const { template, role, form } of found.forms) {
  if (SESSION_ENDING.test(form.label)) continue;
  entries.push(formEntry(context, form, template, role));
  // The JS-style call of each action once per role (the same action on several pages is one entry point).
  if (form.actionId && !calls.has(`${form.actionId}|${role}`)) {
    calls.add(`${form.actionId}|${role}`);
    entries.push(actionCallEntry(context, form, role));
  }
}
if (values.shard) {
  const [k, n] = values.shard.split("/").map(Number);
  if (!Number.isInteger(k) || !Number.isInteger(n) || k! < 1 || k! > n!) {
    console.error(`--shard expects K/N with 1 ≤ K ≤ N, got "${values.shard}".`);
    process.exit(2);
  }
  // Sorted by name, so that the N slices of one build cover every entry point once.
  entries = entries.sort((a, b) => a.name.localeCompare(b.name)).filter((_, index) => index % n! === k! - 1);
}
// After the shard, so that `--shard K/N --only …` replays an entry point of that shard's run.
if (values.only) entries = entries.filter((entry) => entry.name.includes(values.only!));
const perEntry = Number(values["per-entry"] ?? (values.long ? LONG_PER_ENTRY : Math.ceil(SHORT_TOTAL / entries.length)));
const withoutReal = [...found.realPaths].filter(([, paths]) => !paths.length).map(([template]) => template);
console.log(`${entries.length} entry points (${found.forms.length} forms, ${calls.size} server-action calls), ${perEntry} inputs each, ${concurrency} in flight; setup ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
if (withoutReal.length) console.log(`No real path found for ${withoutReal.join(", ")}: generated segments only.`);

const progress = (stats: Stats) => console.log(`  … ${stats.sent} sent, ${(stats.sent / (stats.ms / 1000)).toFixed(0)} req/s, ${stats.findings.length} findings`);
// Each finding is printed and kept in findings.jsonl as it comes: a long run that is stopped still leaves them.
const findingsFile = path.join(root, "findings.jsonl");
console.log(`Findings, as they come: ${findingsFile}`);
const onFinding = (finding: Finding) => {
  fs.appendFileSync(findingsFile, JSON.stringify(finding) + "\n");
  console.log(`  ! ${finding.entry} #${finding.index}: ${finding.problem.slice(0, 200)}`);
};
const stats = await run({ base, entries, perEntry, seed, concurrency, deadline: startedAt + minutes * 60_000, onProgress: progress, onFinding });
const logged = errorLines(server.log);
const exitCode = await stopServer(server);

const findings: Finding[] = [...stats.findings];
const stored = await invalidRows(dataDir);
for (const problem of stored.problems) findings.push({ entry: "database", index: -1, status: 0, problem, request: "" });
// 143: Next's own exit code after a SIGTERM, once lib/server/shutdown.ts has closed the database.
if (exitCode !== 0 && exitCode !== 143) findings.push({ entry: "server", index: -1, status: 0, problem: `the server exited with ${exitCode} on SIGTERM`, request: "" });

const seconds = stats.ms / 1000;
console.log(`\n== Fuzz summary (seed ${seed})`);
console.log(`entry points: ${entries.length}; inputs sent: ${stats.sent}; duration: ${seconds.toFixed(0)} s; ${(stats.sent / seconds).toFixed(0)} req/s${stats.stoppedByDeadline ? `; STOPPED at the ${minutes}-minute bound` : ""}`);
console.log(`status codes: ${[...stats.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(", ")}`);
console.log(`rows checked: ${Object.entries(stored.counts).filter(([, n]) => n).map(([table, n]) => `${table} ${n}`).join(", ")}`);
if (logged.length) {
  const messages = new Map<string, number>();
  for (const line of logged) {
    let message = line;
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
      message = `${entry.msg ?? ""} ${entry.err?.message ?? ""}`;
    } catch {
      // A line Next printed itself.
    }
    message = message.slice(0, 200);
    messages.set(message, (messages.get(message) ?? 0) + 1);
  }
  console.log(`server log: ${logged.length} error lines; the most frequent:`);
  for (const [message, count] of [...messages].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${count}× ${message}`);
}
if (findings.length) {
  const byProblem = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.entry} ${finding.problem.replace(/".*$/, "")}`;
    byProblem.set(key, [...(byProblem.get(key) ?? []), finding]);
  }
  console.log(`\n${findings.length} FINDINGS, ${byProblem.size} distinct; the first of each (replay: --seed ${seed} --only "<entry>"):`);
  for (const [, list] of [...byProblem].slice(0, Number(values.show))) {
    const first = list[0]!;
    console.log(`- [${list.length}×] ${first.entry} #${first.index}: ${first.problem.slice(0, 400)}${first.request ? `\n    ${first.request}` : ""}`);
  }
  fs.writeFileSync(path.join(root, "server.log"), server.log.join("\n"));
  console.log(`\nKept for inspection: the data directory ${dataDir} and the server log ${path.join(root, "server.log")}`);
  process.exit(1);
}
fs.rmSync(root, { recursive: true, force: true });
console.log("No finding.");
