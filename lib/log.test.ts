import { describe, expect, it } from "vitest";
import { createLogger } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe("server log", () => {
  it("writes one JSON object per line", () => {
    const { logger, lines } = capture();
    logger.info({ route: "/startups" }, "hello");
    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: "hello", route: "/startups" })]);
  });

  it("redacts secrets, tokens, passwords and mail bodies wherever they are", () => {
    const { logger, lines } = capture();
    logger.warn({ password: "hunter2-hunter2", user: { passwordHash: "scrypt$1$2" }, mail: { text: "Lien : ?jeton=abc", html: "<a>" }, token: "abc" }, "x");
    const line = JSON.stringify(lines[0]);
    for (const secret of ["hunter2", "scrypt$", "jeton=abc", '"abc"']) expect(line).not.toContain(secret);
    expect(line).toContain("[redacted]");
  });

  it("keeps a failed query's parameters out of a logged error", () => {
    const { logger, lines } = capture();
    const error = new Error("Failed query: insert into users (email, password_hash) values ($1, $2)\nparams: a@b.fr,scrypt$131072$8$1$salt$key");
    logger.error({ err: error }, "request: server error");
    const line = JSON.stringify(lines[0]);
    expect(line).toContain("Failed query: insert into users");
    expect(line).not.toContain("scrypt$");
  });
});
