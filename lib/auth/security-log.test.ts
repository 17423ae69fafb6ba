// The security events an operator watches for are emitted where their audit rows are written or
// the refusal happens, with identifiers only (lib/log.ts SecurityEvent).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createLogger, setLogger } from "@/lib/log";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertUser } from "@/tests/support/fixtures";
import { changePassword } from "./accounts";
import { authenticate } from "./credentials";
import { refuseAccess } from "./refuse";
import { requireStartupMember, type CurrentUser } from "./session";
import { revokeAllSessions } from "./sessions";

let lines: Record<string, unknown>[];
beforeEach(() => {
  lines = [];
  setLogger(createLogger({ write: (line: string) => void lines.push(JSON.parse(line)) }));
});
afterEach(() => setLogger(undefined));
const events = (name: string) => lines.filter((line) => line.security === name);

describe("forbidden", () => {
  it("is logged with the user id and what was missing, and answers the 404 of a missing page", async () => {
    expect(() => refuseAccess({ userId: "u-1", need: "admin" })).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    const member = { id: "u-2", role: "member" } as CurrentUser;
    await expect(requireStartupMember(member, "pas-un-identifiant")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(events("forbidden")).toMatchObject([
      { userId: "u-1", need: "admin", msg: "security: forbidden" },
      { userId: "u-2", need: "member" },
    ]);
  });
});

describe.each(enginesUnderTest())("security events on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("logs a password change and the sessions it ends, without the password", { timeout: 120_000 }, async () => {
    const user = await insertUser(database.db);
    await changePassword(database.db, user.id, "un tout nouveau mot de passe");
    expect(events("password_changed")).toMatchObject([{ userId: user.id, how: "change" }]);
    expect(events("session_revoked")).toMatchObject([{ userId: user.id, reason: "password_change" }]);
    await revokeAllSessions(database.db, user.id, user.id, "sign_out_everywhere");
    expect(events("session_revoked")).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain("un tout nouveau mot de passe");
  });

  it("logs the lock once, at the failure that fills the limit, with the user id and not the address typed", { timeout: 120_000 }, async () => {
    const user = await insertUser(database.db);
    for (let attempt = 1; attempt <= 5; attempt++) await authenticate(database.db, user.email, "mauvais mot de passe", "192.0.2.9");
    expect(events("account_locked")).toEqual([expect.objectContaining({ userId: user.id })]);
    expect(JSON.stringify(events("account_locked"))).not.toContain(user.email);
    expect(events("sign_in_failed")).toHaveLength(5);
  });
});
