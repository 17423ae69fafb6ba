import { describe, expect, it } from "vitest";
import { memoryBound } from "@/scripts/fault/memory";

describe("the soak's memory bound", () => {
  it("allows the larger of +30 % and +150 MB over the warm-up", () => {
    expect(memoryBound(400)).toBe(550);
    expect(memoryBound(600)).toBe(780);
    expect(memoryBound(1000)).toBe(1300);
    // What a leak looks like over a run: refused.
    expect(600 * 1.5).toBeGreaterThan(memoryBound(600));
  });
});
