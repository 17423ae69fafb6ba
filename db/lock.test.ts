import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./lock";

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded data directory lock", () => {
  it("refuses a second process at once, naming the process that holds the lock", () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    try {
      // The real seed script, as a developer would run it while the app is up.
      const child = spawnSync("npx", ["tsx", "scripts/seed.ts"], {
        env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dir },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(child.status).toBe(1);
      expect(child.stderr).toContain(`in use by process ${process.pid}`);
      // Refused before opening anything: PGlite never created its files.
      expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(false);
    } finally {
      release();
    }
  });

  it("refuses a second holder in the same test with a typed error", () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "nft.lock"),
      JSON.stringify({ pid: process.ppid, hostname: os.hostname(), command: "next start", startedAt: "2026-01-01T00:00:00Z" }),
    );
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(/process \d+ \(next start/);
  });

  it("takes over a stale lock left by a crashed process", () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
    fs.writeFileSync(
      path.join(dir, "nft.lock"),
      JSON.stringify({ pid: dead.pid, hostname: os.hostname(), command: "crashed", startedAt: "2026-01-01T00:00:00Z" }),
    );
    const release = acquireDataDirLock(dir);
    const owner = JSON.parse(fs.readFileSync(path.join(dir, "nft.lock"), "utf8"));
    expect(owner.pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, "nft.lock"))).toBe(false);
  });
});
