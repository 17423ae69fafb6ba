// npm run fault:backup [-- --port 3530]
// An online backup of the embedded database: `npm run db:backup` runs against a server that is
// taking sign-ups (it asks the server with SIGUSR2; no second process opens the data directory).
// Checks that the command succeeds while writes go on, that the admin dashboard then shows the
// backup's date, and that the backup restores (`npm run db:restore`) into a database holding every
// account answered as created before the backup began, with no half-written one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { DEMO_ACCOUNTS } from "@/db/seed";
import { formatDate } from "@/lib/i18n/format";
import { signIn } from "./session";
import { halfWrittenAccounts, missingAccounts } from "./verify";
import { checkList, signUp, sleep, startServer, stopServer, uniqueEmail } from "./support";

const { values } = parseArgs({ options: { port: { type: "string", default: "3530" } } });
const port = Number(values.port);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "nft-backup-"));
const { expect, failures } = checkList();
const PREFIX = "backup-online-";

try {
  const dataDir = path.join(root, "pglite");
  const backupFile = path.join(root, "backups", "online.tar.gz");
  const server = await startServer(port, { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, DEMO_DATA: "1" });
  const admin = DEMO_ACCOUNTS.find((account) => account.role === "admin")!;
  const adminCookie = await signIn(server.base, admin.email, admin.password);
  const before = await (await fetch(`${server.base}/admin`, { headers: { cookie: adminCookie } })).text();
  expect(/data-testid="last-backup"[^>]*>\s*Aucune/.test(before), "admin dashboard: no backup yet");

  // Sign-ups keep coming (two at a time) before, during and after the backup.
  const created: { email: string; at: number }[] = [];
  let running = true;
  let sent = 0;
  const writer = async () => {
    while (running) {
      const email = uniqueEmail(PREFIX, sent++);
      const outcome = await signUp(server.base, email).catch(() => null);
      // A sign-up is "created" when answered as such; a refused one (rate limit) is not counted.
      if (outcome?.ok) created.push({ email, at: Date.now() });
    }
  };
  const writers = [writer(), writer()];
  await sleep(3_000);
  const backupStarted = Date.now();
  const backup = spawnSync("npx", ["tsx", "scripts/db-backup.ts", "--out", backupFile], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    encoding: "utf8",
    timeout: 180_000,
  });
  const backupMs = Date.now() - backupStarted;
  await sleep(2_000);
  running = false;
  await Promise.all(writers);
  const createdBefore = created.filter((account) => account.at < backupStarted).map((account) => account.email);
  expect(backup.status === 0 && /Sauvegarde écrite par le serveur \(pid \d+\)/.test(backup.stdout), `db:backup against the running server (exit ${backup.status}, ${backupMs} ms): ${(backup.stdout + backup.stderr).trim()}`);
  expect(fs.existsSync(backupFile) && fs.statSync(backupFile).size > 0, `backup file written (${fs.existsSync(backupFile) ? fs.statSync(backupFile).size : 0} bytes)`);
  expect(createdBefore.length > 0 && created.length > createdBefore.length, `writes went on around the backup: ${created.length} sign-ups, ${createdBefore.length} before it began`);
  const health = await fetch(`${server.base}/api/health/ready`);
  expect(health.status === 200, `server still ready after the backup (${health.status})`);

  const after = await (await fetch(`${server.base}/admin`, { headers: { cookie: adminCookie } })).text();
  const shown = /data-testid="last-backup"[^>]*>([^<]*)</.exec(after)?.[1]?.trim() ?? "";
  const today = formatDate(new Date());
  expect(shown.includes(today), `admin dashboard shows the backup: «${shown}» (expected ${today})`);
  await stopServer(server);

  // Restored into a new data directory: every account created before the backup began is there.
  const restoredDir = path.join(root, "restored");
  const restore = spawnSync("npx", ["tsx", "scripts/db-restore.ts", backupFile], { env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: restoredDir }, encoding: "utf8", timeout: 180_000 });
  expect(restore.status === 0, `db:restore into a new directory (exit ${restore.status}): ${(restore.stdout + restore.stderr).trim()}`);
  const missing = await missingAccounts({ dataDir: restoredDir }, createdBefore);
  expect(missing.length === 0, `restored backup holds the ${createdBefore.length} accounts created before it began (${missing.length} missing)`);
  expect((await halfWrittenAccounts({ dataDir: restoredDir }, PREFIX)) === 0, "restored backup: no half-written account");
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
if (failures.length) process.exitCode = 1;
