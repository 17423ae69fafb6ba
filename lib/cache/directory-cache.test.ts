import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { startups } from "@/db/schema";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, profile } from "@/tests/support/fixtures";
import { parseSearchParams } from "@/lib/search/params";
import { searchDirectory } from "@/lib/search/search";
import { directoryVersion } from "./directory-cache";

describe.each(enginesUnderTest())("directory cache on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("serves a search again from memory, and recomputes it after any change to startups", async () => {
    const db = database.db;
    const slug = await insertStartup(db, profile({ name: "Cache Témoin" }));
    const params = parseSearchParams({ q: "temoin" });
    const first = await searchDirectory(db, params);
    expect(first.total).toBe(1);
    expect(await searchDirectory(db, params)).toBe(first); // Same object: a cache hit.

    const before = await directoryVersion(db);
    await db.update(startups).set({ status: "unpublished" }).where(eq(startups.slug, slug));
    expect(await directoryVersion(db)).toBeGreaterThan(before);
    expect((await searchDirectory(db, params)).total).toBe(0);
  });
});
