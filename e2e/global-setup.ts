// Once per Playwright run, before any worker starts: a fresh directory for the page-check
// registry (./page-check-registry.ts). Workers inherit the environment set here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PAGE_CHECK_DIR_VARIABLE } from "./page-check-registry";

export default function globalSetup() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nft-e2e-page-checks-"));
  process.env[PAGE_CHECK_DIR_VARIABLE] = directory;
  return () => fs.rmSync(directory, { recursive: true, force: true });
}
