// A background loop of this process (the mail sender, the profile reminders): a pass, then a
// timeout re-armed after it, so passes never overlap within a process; stopped at shutdown after
// the pass in progress. Its state lives with the caller, on globalThis, so hot reload keeps it.

export type LoopState = { started?: boolean; stopping?: boolean; pass?: Promise<void>; timer?: NodeJS.Timeout };

/** Starts the loop once (repeated calls are no-ops): the first pass after `firstDelayMs`. */
export function startLoop(state: LoopState, pass: () => Promise<void>, intervalMs: number, firstDelayMs = intervalMs): void {
  if (state.started) return;
  state.started = true;
  state.stopping = false;
  const tick = () => {
    state.pass = pass().finally(() => {
      state.pass = undefined;
      if (!state.stopping) state.timer = setTimeout(tick, intervalMs).unref();
    });
  };
  state.timer = setTimeout(tick, firstDelayMs).unref();
}

/** Stops the loop; resolves once the pass in progress has ended. */
export async function stopLoop(state: LoopState): Promise<void> {
  state.stopping = true;
  clearTimeout(state.timer);
  await state.pass;
}
