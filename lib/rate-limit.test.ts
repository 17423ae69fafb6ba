import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { checkRateLimit, clearHits, clearHitsOfPerson, consumeRateLimit, formatWait, purgeOldHits, recordHit, refundHits } from "./rate-limit";

const limit = { max: 10, windowMs: 15 * 60_000 };
const t0 = new Date("2030-01-01T12:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe.each(enginesUnderTest())("rate limits on %s", (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.execute(sql`truncate rate_limit_hits`);
  });

  it("allows 10 hits, then refuses until the oldest one leaves the window", async () => {
    const db = database.db;
    for (let i = 0; i < 10; i++) {
      expect(await checkRateLimit(db, limit, "k", at(i * 1000))).toEqual({ allowed: true });
      await recordHit(db, "k", at(i * 1000));
    }
    const refused = await checkRateLimit(db, limit, "k", at(10_000));
    expect(refused.allowed).toBe(false);
    // The first hit (at t0) leaves the window at t0 + 15 min, i.e. 15 min - 10 s from now.
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 - 10 });
    expect(await checkRateLimit(db, limit, "k", at(limit.windowMs - 1))).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(await checkRateLimit(db, limit, "k", at(limit.windowMs))).toEqual({ allowed: true });
  });

  it("ignores hits older than the window", async () => {
    const db = database.db;
    for (let i = 0; i < 10; i++) await recordHit(db, "old", at(-limit.windowMs - i * 1000));
    expect(await checkRateLimit(db, limit, "old", t0)).toEqual({ allowed: true });
    for (let i = 0; i < 9; i++) await recordHit(db, "old", at(-i * 1000));
    expect(await checkRateLimit(db, limit, "old", t0)).toEqual({ allowed: true });
    await recordHit(db, "old", t0);
    expect((await checkRateLimit(db, limit, "old", t0)).allowed).toBe(false);
  });

  it("keeps keys independent", async () => {
    const db = database.db;
    for (let i = 0; i < 10; i++) await recordHit(db, "signin:ip:1.2.3.4", t0);
    expect((await checkRateLimit(db, limit, "signin:ip:1.2.3.4", t0)).allowed).toBe(false);
    expect(await checkRateLimit(db, limit, "signin:ip:5.6.7.8", t0)).toEqual({ allowed: true });
  });

  it("clearHits resets a key, and only that key", async () => {
    const db = database.db;
    for (let i = 0; i < 10; i++) {
      await recordHit(db, "a", t0);
      await recordHit(db, "b", t0);
    }
    await clearHits(db, "a");
    expect(await checkRateLimit(db, limit, "a", t0)).toEqual({ allowed: true });
    expect((await checkRateLimit(db, limit, "b", t0)).allowed).toBe(false);
  });

  it("consumes atomically: of 50 parallel attempts, exactly `max` get through, each told what is left", async () => {
    const db = database.db;
    // On PostgreSQL these run on several pooled connections at once, as from several instances.
    const results = await Promise.all(Array.from({ length: 50 }, () => consumeRateLimit(db, limit, "race", t0)));
    const allowed = results.filter((r) => r.allowed);
    expect(allowed).toHaveLength(limit.max);
    expect(allowed.map((r) => (r.allowed ? r.remaining : -1)).sort((a, b) => a! - b!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results.filter((r) => !r.allowed)).toHaveLength(40);
    const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from rate_limit_hits where key = 'race'`);
    expect(row?.count).toBe(limit.max);
  });

  it("gives back refunded hits", async () => {
    const db = database.db;
    const first = await consumeRateLimit(db, { max: 1, windowMs: 60_000 }, "refund", t0);
    expect(first.allowed).toBe(true);
    expect((await consumeRateLimit(db, { max: 1, windowMs: 60_000 }, "refund", t0)).allowed).toBe(false);
    await refundHits(db, [first.allowed ? first.hitId! : -1]);
    expect((await consumeRateLimit(db, { max: 1, windowMs: 60_000 }, "refund", t0)).allowed).toBe(true);
  });

  it("clears the keys that name a person, and only theirs", async () => {
    const db = database.db;
    const id = "0b9d6c1e-1111-4222-8333-444455556666";
    for (const key of [`submit:user:${id}`, "signin:account:ana@exemple.fr", "signin:account-ip:ana@exemple.fr|1.2.3.4", "signin:account:anabis@exemple.fr", "signin:ip:1.2.3.4"]) {
      await recordHit(db, key, t0);
    }
    await clearHitsOfPerson(db, { userId: id, email: "Ana@exemple.fr" });
    const rows = await queryRows<{ key: string }>(db, sql`select key from rate_limit_hits order by key`);
    expect(rows.map((r) => r.key)).toEqual(["signin:account:anabis@exemple.fr", "signin:ip:1.2.3.4"]);
  });

  it("purges hits older than a day", async () => {
    const db = database.db;
    await recordHit(db, "p", at(-25 * 60 * 60_000));
    await recordHit(db, "p", at(-60_000));
    await purgeOldHits(db, t0);
    const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from rate_limit_hits`);
    expect(row?.count).toBe(1);
  });
});

describe("formatWait", () => {
  it("speaks French, rounding up", () => {
    expect(formatWait(14 * 60)).toBe("Réessayez dans 14 minutes.");
    expect(formatWait(13 * 60 + 1)).toBe("Réessayez dans 14 minutes.");
    expect(formatWait(60)).toBe("Réessayez dans 1 minute.");
    expect(formatWait(30)).toBe("Réessayez dans 30 secondes.");
    expect(formatWait(1)).toBe("Réessayez dans 1 seconde.");
    expect(formatWait(0.2)).toBe("Réessayez dans 1 seconde.");
    expect(formatWait(59.5)).toBe("Réessayez dans 1 minute.");
    expect(formatWait(60 * 60)).toBe("Réessayez dans 60 minutes.");
    expect(formatWait(5 * 60 * 60)).toBe("Réessayez dans 5 heures.");
  });
});
