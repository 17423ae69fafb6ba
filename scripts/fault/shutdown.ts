// npm run fault:shutdown [-- --port 3512]
// SIGTERM during a burst of sign-ups on the embedded database: the server must finish what is in
// flight, exit by itself, free the lock, and every sign-up answered as saved must be there.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { halfWrittenAccounts, missingAccounts } from "./verify";
import { signUp, startServer, strikeWhen, uniqueEmail } from "./support";

const { values } = parseArgs({ options: { port: { type: "string", default: "3512" }, concurrency: { type: "string", default: "6" } } });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-fault-term-"));
const pglite = path.join(dataDir, "pglite");
try {
  const server = await startServer(Number(values.port), { DATABASE_URL: "", PGLITE_DATA_DIR: pglite, SHUTDOWN_TIMEOUT_MS: "15000" });
  const saved: string[] = [];
  let refused = 0;
  let stop = false;
  let n = 0;
  const workers = Array.from({ length: Number(values.concurrency) }, async () => {
    while (!stop) {
      const email = uniqueEmail("term", n++);
      const outcome = await signUp(server.base, email);
      if (outcome.ok) saved.push(email);
      else refused++;
    }
  });
  await strikeWhen(() => saved.length >= 2);
  const signalledAt = performance.now();
  server.process.kill("SIGTERM");
  const code = await server.exited;
  const exitMs = performance.now() - signalledAt;
  stop = true;
  for (const line of server.log.filter((entry) => /"msg":"server: /.test(entry))) console.log(`  server log: ${line}`);
  await Promise.all(workers);
  const lockFree = !fs.existsSync(path.join(pglite, "nft.lock"));
  const missing = await missingAccounts({ dataDir: pglite }, saved);
  const half = await halfWrittenAccounts({ dataDir: pglite }, "term");
  console.log(
    `SIGTERM during a burst: exit code ${code} after ${Math.round(exitMs)} ms, lock ${lockFree ? "free" : "STILL HELD"}, ` +
      `${saved.length} sign-ups answered as saved, ${refused} refused or cut off, ${missing.length} lost, ${half} half written`,
  );
  // 143 = 128 + SIGTERM: Next's own handler exits so once everything closed; 1 means our bound cut it short.
  if (code !== 143 || !lockFree || missing.length || half || saved.length === 0) process.exitCode = 1;
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
