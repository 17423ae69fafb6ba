// npm run fault:shutdown [-- --port 3512]
// SIGTERM during a burst of sign-ups on the embedded database: the server must finish what is in
// flight (every request in flight at the signal gets its answer, none is cut off), take no new
// connection (refused, or answered 503 or with Connection: close), exit by itself, free the lock,
// and every sign-up answered as saved must be there.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { halfWrittenAccounts, missingAccounts } from "./verify";
import { signUp, sleep, startServer, strikeWhen, uniqueEmail, type Outcome } from "./support";

/** A request on a connection of its own (no pool), as a new client after the signal would make it. */
function newConnection(port: number): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/api/health/live", agent: false, timeout: 10_000 }, (response) => {
      response.resume();
      const connection = String(response.headers.connection ?? "");
      resolve(response.statusCode === 503 ? "answered 503" : /close/i.test(connection) ? `answered ${response.statusCode}, Connection: close` : `SERVED ${response.statusCode} keep-alive`);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED" ? "refused" : `FAILED ${error.code ?? error.message}`));
  });
}

const { values } = parseArgs({ options: { port: { type: "string", default: "3512" }, concurrency: { type: "string", default: "6" } } });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-fault-term-"));
const pglite = path.join(dataDir, "pglite");
try {
  const server = await startServer(Number(values.port), { DATABASE_URL: "", PGLITE_DATA_DIR: pglite, SHUTDOWN_TIMEOUT_MS: "15000" });
  const saved: string[] = [];
  let refused = 0;
  let stop = false;
  let n = 0;
  // Each worker's request of the moment; those pending when the signal goes must all be answered.
  type Attempt = { outcome?: Outcome };
  const inFlight = new Set<Attempt>();
  const workers = Array.from({ length: Number(values.concurrency) }, async () => {
    while (!stop) {
      const email = uniqueEmail("term", n++);
      const attempt: Attempt = {};
      inFlight.add(attempt);
      const outcome = await signUp(server.base, email);
      attempt.outcome = outcome;
      inFlight.delete(attempt);
      if (outcome.ok) saved.push(email);
      else refused++;
    }
  });
  await strikeWhen(() => saved.length >= 2);
  const signalledAt = performance.now();
  server.process.kill("SIGTERM");
  const atSignal = [...inFlight];
  // Long enough for the signal to be handled, well inside the sign-ups still running (seconds each).
  await sleep(300);
  const probe = await newConnection(server.port);
  const code = await server.exited;
  const exitMs = performance.now() - signalledAt;
  stop = true;
  for (const line of server.log.filter((entry) => /"msg":"server: /.test(entry))) console.log(`  server log: ${line}`);
  await Promise.all(workers);
  const cutOff = atSignal.filter((attempt) => !attempt.outcome || attempt.outcome.status === 0);
  const answeredAtSignal = atSignal.filter((attempt) => attempt.outcome?.ok).length;
  const probeOk = /^(refused|answered 503|answered \d+, Connection: close)$/.test(probe);
  const lockFree = !fs.existsSync(path.join(pglite, "nft.lock"));
  const missing = await missingAccounts({ dataDir: pglite }, saved);
  const half = await halfWrittenAccounts({ dataDir: pglite }, "term");
  console.log(
    `SIGTERM during a burst: exit code ${code} after ${Math.round(exitMs)} ms, lock ${lockFree ? "free" : "STILL HELD"}, ` +
      `${saved.length} sign-ups answered as saved, ${refused} refused or cut off, ${missing.length} lost, ${half} half written; ` +
      `${atSignal.length} in flight at the signal: ${atSignal.length - cutOff.length} answered (${answeredAtSignal} as saved), ${cutOff.length} cut off; ` +
      `a new connection 300 ms after the signal: ${probe}`,
  );
  for (const attempt of cutOff.slice(0, 5)) console.log(`  cut off: ${attempt.outcome?.error ?? "no answer"}`);
  // 143 = 128 + SIGTERM: Next's own handler exits so once everything closed; 1 means our bound cut it short.
  if (code !== 143 || !lockFree || missing.length || half || saved.length === 0 || !atSignal.length || cutOff.length || !probeOk) process.exitCode = 1;
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
