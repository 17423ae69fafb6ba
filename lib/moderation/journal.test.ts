// The journal's day filters: only real calendar days reach the query (an invalid Date answered 500).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertUser } from "@/tests/support/fixtures";
import { appendAudit } from "@/lib/audit";
import { dayStart, readJournal } from "./journal";

describe("journal day filters", () => {
  it("reads real days only", () => {
    expect(dayStart("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    for (const day of ["0000-00-00", "2025-02-30", "2025-02-29", "2025-13-01", "0000-01-01", "9999-12-31", "2025-1-01", "", undefined]) {
      expect(dayStart(day), String(day)).toBeNull();
    }
  });
});

describe.each(enginesUnderTest())("the journal on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("ignores a day that is not a real one instead of failing, and filters on a real one", async () => {
    const moderator = await insertUser(database.db, { role: "moderator" });
    await appendAudit(database.db, { actorId: moderator.id, action: "user.role_changed", targetType: "user", targetId: moderator.id });
    const all = await readJournal(database.db, moderator, {});
    expect(all.length).toBeGreaterThan(0);
    for (const day of ["0000-00-00", "2025-02-30", "0000-01-01", "9999-12-31"]) {
      expect(await readJournal(database.db, moderator, { from: day, to: day })).toEqual(all);
    }
    expect(await readJournal(database.db, moderator, { from: "2999-01-01" })).toEqual([]);
  });
});
