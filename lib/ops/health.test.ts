// Readiness (lib/ops/health.ts): ready only with every migration of this build applied and the
// database answering; the outbox backlog in counts and ages only.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { knownMigrationCount } from "@/db/migrate";
import { enqueueMail } from "@/lib/mail/outbox";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { readiness } from "./health";

describe.each(enginesUnderTest())("readiness on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });
  const open = async () => database;

  it("is ready on a migrated database, with the outbox backlog and nothing private", async () => {
    await enqueueMail(database.db, { to: "secret-person@example.fr", subject: "Sujet privé", text: "corps privé" });
    const state = await readiness(open);
    expect(state).toEqual({
      ready: true,
      database: "reachable",
      migrations: { applied: knownMigrationCount(), expected: knownMigrationCount() },
      mailOutbox: { unsent: 1, oldestUnsentAgeSeconds: expect.any(Number) },
    });
    expect(JSON.stringify(state)).not.toMatch(/secret-person|Sujet privé|corps privé/);
  });

  it("is not ready when the database is behind this build's migrations", async () => {
    // As if the build shipped one migration more than the database has applied.
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`);
    expect(await readiness(open)).toEqual({ ready: false, database: "behind", migrations: { applied: knownMigrationCount() - 1, expected: knownMigrationCount() } });
  });

  it("is not ready, and does not throw, when the database cannot be reached", async () => {
    expect(await readiness(async () => Promise.reject(new Error("connection refused")))).toEqual({ ready: false, database: "unreachable" });
    // A database that never answers: bounded by the check's own 2 s timeout.
    const startedAt = Date.now();
    expect(await readiness(() => new Promise(() => {}))).toEqual({ ready: false, database: "unreachable" });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });
});
