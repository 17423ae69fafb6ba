// Runs the reminder job (./reminders) in this process: soon after start, then every hour. Every
// instance runs it; the job's advisory lock makes one pass do the work at a time, and its unique
// reminders make a repeated pass harmless. Stopped at shutdown (lib/server/shutdown.ts).
import type { Db } from "@/db/client";
import { log } from "@/lib/log";
import { systemClock, type Clock } from "./policy";
import { runReminderJob } from "./reminders";

const FIRST_PASS_MS = 10_000;
const INTERVAL_MS = 60 * 60_000;

const globalForJob = globalThis as unknown as {
  nftFreshnessStarted?: boolean;
  nftFreshnessStopping?: boolean;
  nftFreshnessPass?: Promise<void>;
  nftFreshnessTimer?: NodeJS.Timeout;
};

/** Starts the loop once per process (hot reload and repeated calls are no-ops). */
export function startFreshnessJob(getDb: () => Promise<Db>, clock: Clock = systemClock, intervalMs = INTERVAL_MS, firstPassMs = FIRST_PASS_MS): void {
  if (globalForJob.nftFreshnessStarted) return;
  globalForJob.nftFreshnessStarted = true;
  globalForJob.nftFreshnessStopping = false;
  const pass = async () => {
    try {
      await runReminderJob(await getDb(), clock());
    } catch (error) {
      log().error({ error: error instanceof Error ? error.message : String(error) }, "freshness: reminder pass failed");
    }
  };
  // A timeout re-armed after each pass: passes never overlap within a process.
  const tick = () => {
    globalForJob.nftFreshnessPass = pass().finally(() => {
      globalForJob.nftFreshnessPass = undefined;
      if (!globalForJob.nftFreshnessStopping) globalForJob.nftFreshnessTimer = setTimeout(tick, intervalMs).unref();
    });
  };
  globalForJob.nftFreshnessTimer = setTimeout(tick, firstPassMs).unref();
}

/** Stops the loop; resolves once the pass in progress (one short transaction) has ended. */
export async function stopFreshnessJob(): Promise<void> {
  globalForJob.nftFreshnessStopping = true;
  clearTimeout(globalForJob.nftFreshnessTimer);
  await globalForJob.nftFreshnessPass;
  globalForJob.nftFreshnessStarted = false;
}
