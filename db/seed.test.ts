// The demo seed: one published startup gets a real logo, served as the logo route serves it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { getPublishedLogo } from "@/lib/startups/public";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { seedDemo } from "./seed";
import { DEMO_LOGO_SLUG } from "./seed/logo";

describe.each(enginesUnderTest())("demo seed on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("gives one published demo startup a WebP logo, once", { timeout: 120_000 }, async () => {
    await seedDemo(database.db, { printAccounts: false });
    const found = await getPublishedLogo(database.db, DEMO_LOGO_SLUG);
    const bytes = Buffer.from(found!.logo);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("RIFF");
    expect(bytes.subarray(8, 12).toString("latin1")).toBe("WEBP");
    expect(found?.updatedAt).toBeInstanceOf(Date);
    // Seeding again changes nothing.
    await seedDemo(database.db, { printAccounts: false });
    expect(Buffer.from((await getPublishedLogo(database.db, DEMO_LOGO_SLUG))!.logo).equals(bytes)).toBe(true);
  });
});
