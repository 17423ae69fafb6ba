// Graceful shutdown on SIGTERM and SIGINT. Next's own handler stops taking connections, waits for
// the requests in flight, then calls process.exit. We hook that exit to finish our part first:
// the mail sender ends after its current mail and the reminder job after its pass, then the database closes (PGlite checkpoints its
// data directory and releases our lock). SHUTDOWN_TIMEOUT_MS bounds the whole of it.
import { log } from "@/lib/log";

const globalForShutdown = globalThis as unknown as { nftShutdownInstalled?: boolean };

async function closeEverything(): Promise<void> {
  const { stopMailSender } = await import("@/lib/mail/sender");
  const { stopFreshnessJob } = await import("@/lib/freshness/job");
  const { closeDatabase } = await import("@/db/client");
  await Promise.all([stopMailSender(), stopFreshnessJob()]);
  await closeDatabase();
}

export function installShutdown(timeoutMs: number): void {
  if (globalForShutdown.nftShutdownInstalled) return;
  globalForShutdown.nftShutdownInstalled = true;
  const realExit = process.exit.bind(process);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= closeEverything().then(
      () => log().info("server: database closed, exiting"),
      (error: unknown) => log().error({ err: error }, "server: error while closing"),
    ));

  const onSignal = (signal: NodeJS.Signals) => {
    log().info({ signal, timeoutMs }, "server: shutting down, finishing requests in flight");
    // Past the bound, leave whatever is still open: an unfinished request is better than a hang.
    setTimeout(() => {
      log().warn({ timeoutMs }, "server: shutdown timed out, exiting anyway");
      realExit(1);
    }, timeoutMs);
    process.exit = ((code?: number) => {
      void close().then(() => realExit(code));
    }) as typeof process.exit;
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
