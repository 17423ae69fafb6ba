// npm run fault:kill [-- --rounds 20 --port 3510]
// kill -9 the production server on the embedded database in the middle of a burst of sign-ups
// and profile saves (the demo members editing their startups, scripts/fault/profile.ts), N times
// in a row. After each restart the database must open (the stale lock taken over), and at the end
// every sign-up answered as saved must be in the database, none half written, and each startup's
// open revision must hold its last save answered as saved (or a later one), whole.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { profileEditors, profileToken, recordSave, saveProfile, type ProfileHistory } from "./profile";
import { checkProfileSaves, halfWrittenAccounts, missingAccounts } from "./verify";
import { signUp, startServer, strikeWhen, stopServer, uniqueEmail, type Outcome } from "./support";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, port: { type: "string", default: "3510" }, concurrency: { type: "string", default: "6" } } });
const rounds = Number(values.rounds);
const port = Number(values.port);
const concurrency = Number(values.concurrency);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-fault-kill-"));
// DEMO_DATA: the demo members and their startups, for the profile saves.
const env = { DATABASE_URL: "", PGLITE_DATA_DIR: path.join(dataDir, "pglite"), BACKUP_DIR: path.join(dataDir, "backups"), DEMO_DATA: "1" };
const prefix = "kill";

const saved: string[] = [];
let answered = 0;
let failed = 0;
const restartMs: number[] = [];
const history: ProfileHistory = new Map();
let profilesSaved = 0;
let profilesFailed = 0;
try {
  for (let round = 1; round <= rounds; round++) {
    const startedAt = performance.now();
    const server = await startServer(port, env);
    restartMs.push(performance.now() - startedAt);
    let stop = false;
    let n = 0;
    let savedThisRound = 0;
    let profilesThisRound = 0;
    const editors = await profileEditors(server.base);
    // One worker per startup, so each startup's saves are in order.
    const profileWorkers = editors.map(async (editor) => {
      while (!stop) {
        const token = profileToken();
        const answered = recordSave(history, editor.startupId, token);
        const outcome = await saveProfile(editor, token);
        answered(outcome.ok);
        if (outcome.ok) {
          profilesSaved++;
          profilesThisRound++;
        } else profilesFailed++;
      }
    });
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
    // Each round must have answered writes of both kinds, or its kill would prove nothing about them.
    await strikeWhen(() => savedThisRound >= 2 && profilesThisRound >= 1);
    server.process.kill("SIGKILL");
    stop = true;
    await server.exited;
    await Promise.all([...workers, ...profileWorkers]);
    console.log(`round ${round}/${rounds}: restarted in ${Math.round(restartMs.at(-1)!)} ms, ${saved.length} sign-ups and ${profilesSaved} profile saves answered so far`);
  }
  // One last start proves the database opens after the last kill; then a clean stop.
  const server = await startServer(port, env);
  await stopServer(server);
  const missing = await missingAccounts({ dataDir: env.PGLITE_DATA_DIR }, saved);
  const halfWritten = await halfWrittenAccounts({ dataDir: env.PGLITE_DATA_DIR }, prefix);
  const profiles = await checkProfileSaves({ dataDir: env.PGLITE_DATA_DIR }, history);
  console.log(
    `\nkill -9 on the embedded database: ${rounds} rounds, ${answered} sign-ups answered as saved, ${failed} failed or cut off, ` +
      `${missing.length} lost, ${halfWritten} half written; ${profilesSaved} profile saves answered as saved on ${profiles.checked} startups, ${profilesFailed} failed or cut off, ` +
      `${profiles.lost.length} lost, ${profiles.halfWritten.length} half written; restart median ${Math.round(restartMs.sort((a, b) => a - b)[Math.floor(restartMs.length / 2)]!)} ms`,
  );
  for (const problem of [...profiles.lost, ...profiles.halfWritten.map((id) => `${id}: tagline and description from different saves`)]) console.log(`  profile: ${problem}`);
  if (missing.length || halfWritten || answered === 0 || profiles.lost.length || profiles.halfWritten.length || profilesSaved === 0) process.exitCode = 1;
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
