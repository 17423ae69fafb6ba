import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPageCacheMegabytes, heldBound } from "@/scripts/fault/memory";

describe("the soak's memory bound", () => {
  it("allows a full page cache over the warm-up's heap, and the larger of +30 % and +50 MB", () => {
    expect(heldBound(100, 200)).toBe(100 + 350 + 50);
    expect(heldBound(400, 200)).toBe(400 + 350 + 120);
    expect(heldBound(100, 0)).toBe(150);
    // The plateau a 180-second soak reached with the default 200 MB page cache, from 308 MB held
    // 5 s in: within the bound.
    expect(638).toBeLessThanOrEqual(heldBound(308, 200));
    // The 5-minute form (425 MB held after its 60 s warm-up, in that run): a leak of 1.5 MB/s over
    // the last 4 minutes, on top of the full cache, is refused.
    expect(638 + 1.5 * 240).toBeGreaterThan(heldBound(425, 200));
    // The 30-second form catches only a fast leak: 20 MB/s over the 24 s after its warm-up.
    expect(358 + 20 * 24).toBeGreaterThan(heldBound(308, 200));
  });

  it("reads the page cache's size from the build's configuration, and Next's default without one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nft-memory-"));
    fs.mkdirSync(path.join(dir, ".next"));
    const file = path.join(dir, ".next/required-server-files.json");
    fs.writeFileSync(file, JSON.stringify({ config: { cacheMaxMemorySize: 200 * 1024 * 1024 } }));
    expect(builtPageCacheMegabytes(dir)).toBe(200);
    fs.writeFileSync(file, JSON.stringify({ config: {} }));
    expect(builtPageCacheMegabytes(dir)).toBe(50);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
