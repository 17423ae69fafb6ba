// An exclusive, process-level lock on the embedded database's data directory.
// PGlite lets two processes open one directory without complaint and then silently loses
// writes (STACK-NOTES.md), so whoever opens it first holds a lock file until it exits.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type LockOwner = { pid: number; hostname: string; command: string; startedAt: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${owner.pid} ` +
        `(${owner.command}, since ${owner.startedAt}). ` +
        `Stop that process first, or run this command through it. ` +
        `Two processes on one PGlite directory silently lose writes.`,
    );
    this.name = "DataDirLockedError";
  }
}

const LOCK_FILE = "nft.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8")) as LockOwner;
    return typeof owner.pid === "number" ? owner : null;
  } catch {
    return null; // Missing, or half-written by a crash: treat as stale.
  }
}

function isStale(owner: LockOwner | null): boolean {
  if (!owner) return true;
  // A lock from another host cannot be checked; only same-host owners can be proven dead.
  return owner.hostname === os.hostname() && !isAlive(owner.pid);
}

/**
 * Takes the lock or throws DataDirLockedError naming the holder. A lock left by a process
 * that no longer exists is taken over. Returns a function that releases the lock.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command: process.argv.slice(1, 3).map((a) => path.basename(a)).join(" ") || "node",
    startedAt: new Date().toISOString(),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // "wx" fails if the file exists: creation is the atomic test-and-set.
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      return registerRelease(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(file);
    if (owner?.pid === process.pid && owner.hostname === me.hostname) return () => {};
    if (!isStale(owner)) throw new DataDirLockedError(dataDir, owner!);
    // Move the stale file aside under a unique name: rename is atomic, so of two processes
    // taking over at once only one moves it. We then check that what we moved was really
    // the stale lock and not a fresh one created in between, and put it back if not.
    const aside = `${file}.stale-${process.pid}-${attempt}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readOwner(aside);
    if (isStale(moved)) fs.rmSync(aside, { force: true });
    else fs.renameSync(aside, file);
  }
  const owner = readOwner(file);
  if (owner) throw new DataDirLockedError(dataDir, owner);
  throw new Error(`Could not lock the embedded database at ${dataDir}.`);
}

function registerRelease(file: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    // Only remove the file if it is still ours.
    if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.once("exit", release);
  return release;
}
