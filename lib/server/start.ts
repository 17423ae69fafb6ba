// The server's start-up path, run once per process by instrumentation.ts before any request:
// check the configuration, open and migrate the database, prepare its data (demo data only when
// asked; refuse a production start with a published demo password), start the mail sender and the
// profile reminder job (lib/freshness), and install the graceful shutdown. Any refusal prints one line and stops the process.
import { ConfigError, config, type Config } from "@/lib/config";
import { log } from "@/lib/log";
import { selfForwardingWarning } from "./listening-address";

function refuse(message: string): never {
  // One plain line on stderr, whatever the log format, so that it is the last thing an operator sees.
  process.stderr.write(`${message}\n`);
  try {
    log().fatal({ reason: message }, "server: start refused");
  } catch {
    // The logger needs the configuration: when that is what is wrong, the line above is all.
  }
  process.exit(1);
}

/** The configuration, checked once: a wrong variable stops the process with its one French line. */
export function checkedConfig(): Config {
  try {
    return config();
  } catch (error) {
    if (error instanceof ConfigError) refuse(error.message);
    throw error;
  }
}

export async function startServer(settings: Config = checkedConfig()): Promise<void> {
  const { getDatabase } = await import("@/db/client");
  const { prepareData, DemoAccountInProductionError } = await import("@/db/init");
  const { startMailSender } = await import("@/lib/mail/sender");
  const { startFreshnessJob } = await import("@/lib/freshness/job");
  const { installShutdown } = await import("./shutdown");

  try {
    const database = await getDatabase();
    await prepareData(database, settings);
  } catch (error) {
    if (error instanceof DemoAccountInProductionError) refuse(error.message);
    if (error instanceof Error && error.name === "DataDirLockedError") refuse(error.message);
    throw error;
  }
  startMailSender(async () => (await getDatabase()).db, 2000);
  // Profile reminders (12 and 15 months after the last confirmation), queued in the outbox.
  startFreshnessJob(async () => (await getDatabase()).db);
  installShutdown(settings.SHUTDOWN_TIMEOUT_MS);
  const { driver } = await getDatabase();
  if (driver === "pglite") {
    const { embeddedDataDir } = await import("@/db/client");
    const { listenForBackupRequests } = await import("@/lib/ops/backup");
    listenForBackupRequests(getDatabase, embeddedDataDir());
  }
  const hostnameWarning = selfForwardingWarning(settings.HOSTNAME);
  if (hostnameWarning) log().warn({ hostname: settings.HOSTNAME, advice: hostnameWarning }, "server: a loopback HOSTNAME, Next forwards every page to itself");
  log().info({ driver, env: settings.NODE_ENV }, "server: ready");
}
