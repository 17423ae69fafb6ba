// npm run fault:kill [-- --rounds 20 --port 3510]
// kill -9 the production server on the embedded database in the middle of a burst of sign-ups,
// N times in a row. After each restart the database must open (the stale lock taken over), and
// at the end every sign-up answered as saved must be in the database, none half written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { halfWrittenAccounts, missingAccounts } from "./verify";
import { signUp, startServer, strikeWhen, stopServer, uniqueEmail, type Outcome } from "./support";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, port: { type: "string", default: "3510" }, concurrency: { type: "string", default: "6" } } });
const rounds = Number(values.rounds);
const port = Number(values.port);
const concurrency = Number(values.concurrency);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-fault-kill-"));
const env = { DATABASE_URL: "", PGLITE_DATA_DIR: path.join(dataDir, "pglite"), BACKUP_DIR: path.join(dataDir, "backups") };
const prefix = "kill";

const saved: string[] = [];
let answered = 0;
let failed = 0;
const restartMs: number[] = [];
try {
  for (let round = 1; round <= rounds; round++) {
    const startedAt = performance.now();
    const server = await startServer(port, env);
    restartMs.push(performance.now() - startedAt);
    let stop = false;
    let n = 0;
    let savedThisRound = 0;
    const workers = Array.from({ length: concurrency }, async () => {
      while (!stop) {
        const email = uniqueEmail(`${prefix}-r${round}`, n++);
        const outcome: Outcome = await signUp(server.base, email);
        if (outcome.ok) {
          answered++;
          savedThisRound++;
          saved.push(email);
        } else failed++;
      }
    });
    await strikeWhen(() => savedThisRound >= 2);
    server.process.kill("SIGKILL");
    stop = true;
    await server.exited;
    await Promise.all(workers);
    console.log(`round ${round}/${rounds}: restarted in ${Math.round(restartMs.at(-1)!)} ms, ${saved.length} saved so far`);
  }
  // One last start proves the database opens after the last kill; then a clean stop.
  const server = await startServer(port, env);
  await stopServer(server);
  const missing = await missingAccounts({ dataDir: env.PGLITE_DATA_DIR }, saved);
  const halfWritten = await halfWrittenAccounts({ dataDir: env.PGLITE_DATA_DIR }, prefix);
  console.log(
    `\nkill -9 on the embedded database: ${rounds} rounds, ${answered} sign-ups answered as saved, ${failed} failed or cut off, ` +
      `${missing.length} lost, ${halfWritten} half written; restart median ${Math.round(restartMs.sort((a, b) => a - b)[Math.floor(restartMs.length / 2)]!)} ms`,
  );
  if (missing.length || halfWritten || answered === 0) process.exitCode = 1;
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
