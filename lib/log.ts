// The ONE server logger: one JSON object per line (pino), pretty-printed by pino-pretty in
// development. Never log a secret, token, password or mail body: the paths below are redacted
// wherever they appear, and callers log identifiers (mail id, user id, route without its query
// string, which may hold a token), not content.
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { config } from "@/lib/config";

/** Keys whose values are replaced by "[redacted]", at the top level and one or two levels down. */
const SECRET_KEYS = [
  "password",
  "passwordHash",
  "newPassword",
  "currentPassword",
  "token",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "text",
  "html",
  "textBody",
  "htmlBody",
  "body",
  "smtpUrl",
  "databaseUrl",
];
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`].map((path) => (key.includes("-") ? path.replace(key, `["${key}"]`) : path)));

// drizzle puts a failed query's parameters in its error message ("params: …"): they can be a
// password hash, a token or a mail body, so they never reach the log.
const QUERY_PARAMS = /params: [^\n]*/g;

function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as ReturnType<typeof pino.stdSerializers.err> & { message?: string; stack?: string };
  if (serialized && typeof serialized === "object") {
    if (typeof serialized.message === "string") serialized.message = serialized.message.replace(QUERY_PARAMS, "params: [redacted]");
    if (typeof serialized.stack === "string") serialized.stack = serialized.stack.replace(QUERY_PARAMS, "params: [redacted]");
  }
  return serialized;
}

/** Builds a logger writing to `destination` (stdout by default); tests pass their own stream. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const settings = config();
  const options: pino.LoggerOptions = {
    level: settings.LOG_LEVEL,
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError },
  };
  if (destination) return pino(options, destination);
  if (settings.LOG_FILE) {
    // Also to a file (the e2e run's log is checked for secrets afterwards).
    const file = pino.destination({ dest: settings.LOG_FILE, mkdir: true, sync: true });
    return pino(options, pino.multistream([{ stream: process.stdout }, { stream: file }]));
  }
  if (settings.NODE_ENV === "development") {
    // A synchronous stream, not a transport: no worker thread for the bundler to miss.
    return pino(options, pretty({ colorize: true, sync: true, translateTime: "HH:MM:ss", ignore: "pid" }));
  }
  return pino(options);
}

const globalForLog = globalThis as unknown as { nftLogger?: Logger };

/** Replaces this process's logger (tests capture lines with createLogger(stream)). */
export function setLogger(logger: Logger | undefined): void {
  globalForLog.nftLogger = logger;
}

/** This process's logger. */
export function log(): Logger {
  globalForLog.nftLogger ??= createLogger();
  return globalForLog.nftLogger;
}

export type SecurityEvent =
  | "rate_limited"
  | "sign_in_failed"
  | "sign_in_succeeded"
  | "account_locked"
  | "session_revoked"
  | "password_changed"
  | "forbidden"
  | "backup_created";

/**
 * Logs a security event for the operator (the audit log, in the database, is the record for
 * moderators). `details` holds identifiers only: user id, route, limit name, never a credential.
 */
export function logSecurityEvent(event: SecurityEvent, details: Record<string, string | number | boolean | null | undefined> = {}): void {
  log().warn({ security: event, ...details }, `security: ${event}`);
}
