// Graceful shutdown on SIGTERM and SIGINT. Next's own handler stops taking connections, waits for
// the requests in flight, then calls process.exit. We hook that exit to finish our part first:
// the mail sender ends after its current mail and the reminder job after its pass, then the database closes (PGlite checkpoints its
// data directory and releases our lock). SHUTDOWN_TIMEOUT_MS bounds the whole of it.
import diagnosticsChannel from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { log } from "@/lib/log";

const globalForShutdown = globalThis as unknown as { nftShutdownInstalled?: boolean };

// Next's handler calls server.close(), which waits for every connection to end. A client (or a
// reverse proxy) on a keep-alive connection would keep sending requests on it and hold the
// shutdown until its bound. Node's documented request channel gives us the server and each
// response: once shutting down, idle connections are closed and each answer says
// "Connection: close", so connections end after the request they carry.
const servers = new Set<Server>();
let draining = false;
function onRequestStart(message: unknown) {
  const { server, response } = message as { server: Server; response: ServerResponse };
  servers.add(server);
  if (draining) response.shouldKeepAlive = false;
}

function drainConnections() {
  draining = true;
  for (const server of servers) server.closeIdleConnections();
}

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

  diagnosticsChannel.subscribe("http.server.request.start", onRequestStart);
  const onSignal = (signal: NodeJS.Signals) => {
    log().info({ signal, timeoutMs }, "server: shutting down, finishing requests in flight");
    drainConnections();
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
