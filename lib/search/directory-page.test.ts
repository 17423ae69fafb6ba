// The directory's relevance pages are cut in process from a text's matches (lib/search/text-rows);
// they must list exactly what the SQL page lists, within the ranked candidates and past them.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { seedGenerated } from "@/db/seed-generated";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { METROPOLISES, STAGES } from "@/lib/startups/options";
import { parseSearchParams, type RawParams } from "./params";
import { RANKED_CANDIDATES, searchDirectory, searchStartups } from "./search";

describe.each(enginesUnderTest())("directory pages on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    // Enough matches for a common word to reach past the ranked candidates (500: page 26 on).
    await seedGenerated(database.db, 1_500, { seed: 2015 });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  const raw = fc.record(
    {
      q: fc.constantFrom("plateforme", "application", "donnees", "logistique", "capteur", "plateforme donnees", "pla", "appli", "logistque"),
      metropole: fc.subarray([...METROPOLISES], { maxLength: 2 }),
      stade: fc.subarray([...STAGES], { maxLength: 2 }),
      recrute: fc.constant("1"),
      page: fc.constantFrom("1", "2", "3", "25", "26", "27", "40"),
    },
    { requiredKeys: ["q"] },
  );

  it("lists the same startups, in the same order, as the SQL page, for any text, filters and page", async () => {
    const db = database.db;
    await fc.assert(
      fc.asyncProperty(raw, async (filters) => {
        const params = parseSearchParams(filters as RawParams);
        const [cut, sqlPage] = await Promise.all([searchDirectory(db, params), searchStartups(db, params)]);
        expect(cut.items.map((item) => item.slug)).toEqual(sqlPage.items.map((item) => item.slug));
        expect(cut.items).toEqual(sqlPage.items);
        expect(cut.total).toBe(sqlPage.total);
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it("past the ranked candidates too, where pages are cut in the cheap order without ranking", async () => {
    const db = database.db;
    const words = ["a", "de", "pl", "plateforme", "application", "donnees", "solution", "les"];
    const totals = await Promise.all(words.map(async (q) => ({ q, total: (await searchStartups(db, parseSearchParams({ q }))).total })));
    const common = totals.filter(({ q, total }) => q.length > 1 && total > RANKED_CANDIDATES + 40);
    expect(common.length, JSON.stringify(totals)).toBeGreaterThan(0);
    for (const { q, total } of common) {
      const lastPage = Math.ceil(total / 20);
      for (const page of [RANKED_CANDIDATES / 20, RANKED_CANDIDATES / 20 + 1, RANKED_CANDIDATES / 20 + 2, lastPage]) {
        const params = parseSearchParams({ q, page: String(page) });
        const [cut, sqlPage] = await Promise.all([searchDirectory(db, params), searchStartups(db, params)]);
        expect(cut.items.length).toBeGreaterThan(0);
        expect(cut.items).toEqual(sqlPage.items);
      }
    }
  }, 120_000);
});
