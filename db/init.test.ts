// First-time initialization is resumable, and demo data comes only when asked.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { openPglite } from "./client";
import { demoDataWanted } from "./init";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("demo data policy", () => {
  const fresh = { driver: "pglite" as const, initPending: true };
  it("seeds a fresh embedded database under next dev only, or with DEMO_DATA=1", () => {
    expect(demoDataWanted(parseConfig({ NODE_ENV: "development" }), fresh)).toBe(true);
    expect(demoDataWanted(parseConfig({ NODE_ENV: "development" }), { ...fresh, initPending: false })).toBe(false);
    expect(demoDataWanted(parseConfig({ NODE_ENV: "development" }), { ...fresh, driver: "postgres" })).toBe(false);
    expect(demoDataWanted(parseConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s".repeat(32) }), fresh)).toBe(false);
    expect(demoDataWanted(parseConfig({ NODE_ENV: "test" }), fresh)).toBe(false);
    expect(demoDataWanted(parseConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s".repeat(32), DEMO_DATA: "1" }), { driver: "postgres", initPending: false })).toBe(true);
  });
});

describe("resumable first initialization", () => {
  it("reports an unfinished first start until markInitialized, and starts over a directory initdb never finished", { timeout: 300_000 }, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nft-init-"));
    dirs.push(root);
    const dataDir = path.join(root, "pglite");

    // A first start killed after initdb, before its demo data: still pending at the next open.
    const first = await openPglite({ dataDir });
    expect(first.initPending).toBe(true);
    await first.close();
    const second = await openPglite({ dataDir });
    expect(second.initPending).toBe(true);
    second.markInitialized();
    await second.close();
    const third = await openPglite({ dataDir });
    expect(third.initPending).toBe(false);
    await third.close();

    // A first start killed during initdb: a directory PGlite cannot open, marked pending.
    const broken = path.join(root, "broken");
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, "nft-init-pending"), "");
    fs.writeFileSync(path.join(broken, "PG_VERSION"), "18\n");
    fs.mkdirSync(path.join(broken, "base"));
    const restarted = await openPglite({ dataDir: broken });
    try {
      expect(restarted.initPending).toBe(true);
      expect(await restarted.db.execute("select 1 as one")).toBeTruthy();
    } finally {
      await restarted.close();
    }
  });
});
