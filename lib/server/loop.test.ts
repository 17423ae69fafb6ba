// stopLoop waits for the pass in progress (shutdown must not close the database under a mail
// being sent), and no pass starts after it.
import { describe, expect, it } from "vitest";
import { startLoop, stopLoop, type LoopState } from "./loop";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("background loop", () => {
  it("stops only once the current pass has ended, and starts no other", async () => {
    const state: LoopState = {};
    let passes = 0;
    let release!: () => void;
    startLoop(
      state,
      () => {
        passes++;
        return new Promise<void>((resolve) => (release = resolve));
      },
      1,
      0,
    );
    while (passes === 0) await tick();

    let stopped = false;
    const stopping = stopLoop(state).then(() => (stopped = true));
    for (let i = 0; i < 5; i++) await tick();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    for (let i = 0; i < 5; i++) await tick();
    expect(passes).toBe(1);
  });

  it("stops at once when no pass is running", async () => {
    const state: LoopState = {};
    let passes = 0;
    startLoop(state, async () => void passes++, 60_000, 60_000);
    await stopLoop(state);
    expect(passes).toBe(0);
  });
});
