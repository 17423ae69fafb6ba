// Runs the reminder job (./reminders) in this process: soon after start, then every hour. Every
// instance runs it; the job's advisory lock makes one pass do the work at a time, and its unique
// reminders make a repeated pass harmless. Stopped at shutdown (lib/server/shutdown.ts).
import type { Db } from "@/db/client";
import { log } from "@/lib/log";
import { startLoop, stopLoop, type LoopState } from "@/lib/server/loop";
import { systemClock, type Clock } from "./policy";
import { runReminderJob } from "./reminders";

const FIRST_PASS_MS = 10_000;
const INTERVAL_MS = 60 * 60_000;

const globalForJob = globalThis as unknown as { nftFreshnessLoop?: LoopState };
const loop = (globalForJob.nftFreshnessLoop ??= {});

/** Starts the loop once per process (hot reload and repeated calls are no-ops). */
export function startFreshnessJob(getDb: () => Promise<Db>, clock: Clock = systemClock, intervalMs = INTERVAL_MS, firstPassMs = FIRST_PASS_MS): void {
  startLoop(
    loop,
    async () => {
      try {
        await runReminderJob(await getDb(), clock());
      } catch (error) {
        log().error({ error: error instanceof Error ? error.message : String(error) }, "freshness: reminder pass failed");
      }
    },
    intervalMs,
    firstPassMs,
  );
}

/** Stops the loop; resolves once the pass in progress (one short transaction) has ended. */
export async function stopFreshnessJob(): Promise<void> {
  await stopLoop(loop);
}
