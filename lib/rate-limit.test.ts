import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { checkRateLimit, clearHits, formatWait, purgeOldHits, RATE_LIMITS, recordHit } from "./rate-limit";

const limit = RATE_LIMITS.signInAccount;
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
