// Which URLs the page checks (./test.ts) have already revisited in this run, shared by every
// worker: a URL is claimed by creating a file named after it, which only one process can do.
// The directory is made per run by ./global-setup.ts, so a new run checks every page again.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const PAGE_CHECK_DIR_VARIABLE = "E2E_PAGE_CHECK_DIR";

const checkedHere = new Set<string>();

/** True for the first caller in the whole run for this key (path and query), false after. */
export function claimPageCheck(key: string): boolean {
  if (checkedHere.has(key)) return false;
  checkedHere.add(key);
  const directory = process.env[PAGE_CHECK_DIR_VARIABLE];
  // Run without the global setup (a spec file opened alone by an editor plugin): per worker.
  if (!directory) return true;
  const name = createHash("sha256").update(key).digest("hex");
  try {
    fs.writeFileSync(path.join(directory, name), key, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}
