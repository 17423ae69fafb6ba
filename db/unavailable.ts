// Whether an error means "the database cannot be reached right now" (a restart, a network cut, a
// closed pool), as opposed to a bug or a refused statement: those requests get a French "try
// again" answer, and what the user typed is given back, instead of a bare 500.
// postgres.js names connection failures by `code` (ECONNREFUSED, CONNECTION_CLOSED, …); PostgreSQL
// by SQLSTATE: class 08 (connection exception) and 57P01–57P03 (shutting down, cannot connect now).
// drizzle wraps the driver's error as its `cause`.
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
const DRIVER_CODES = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (NODE_CODES.has(code) || DRIVER_CODES.has(code) || code.startsWith("08") || /^57P0[123]$/.test(code)) return true;
  }
  return false;
}
