// The in-process facet counts must equal the SQL ones for every filter combination.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { listSectors } from "@/lib/sectors";
import { METROPOLISES, STAGES, TEAM_BAND_IDS } from "@/lib/startups/options";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, profile } from "@/tests/support/fixtures";
import { addMonths, freshnessReference } from "@/lib/freshness/policy";
import { startups } from "@/db/schema";
import { eq } from "drizzle-orm";
import { countFacets, loadFacetSnapshot, rowOfId } from "./facet-snapshot";
import { textMatchRows } from "./text-rows";
import { parseSearchParams, type RawParams } from "./params";
import { searchDirectory, searchStartups, snapshotFilters } from "./search";

const NOW = new Date("2026-03-01T12:00:00Z");

describe.each(enginesUnderTest())("facet snapshot on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const db = database.db;
    await insertStartup(db, profile({ name: "Facette Un", communeCode: "14118", sectors: ["ia-data", "edtech"], foundedYear: 2015, teamSize: 3, stage: "seed", hiring: true }));
    await insertStartup(db, profile({ name: "Facette Deux", communeCode: "14327", sectors: ["edtech"], foundedYear: 2019, teamSize: 12, stage: "growth" }));
    await insertStartup(db, profile({ name: "Facette Trois", communeCode: "76351", sectors: ["logistique-maritime", "ia-data"], foundedYear: 2018, teamSize: 60, stage: "growth", hiring: true }));
    await insertStartup(db, profile({ name: "Facette Quatre", communeCode: "76540", sectors: ["robotique"], foundedYear: 2021, teamSize: 30, stage: "idea" }));
    await insertStartup(db, profile({ name: "Facette Cinq", communeCode: "76351", sectors: ["robotique", "edtech"], foundedYear: 2012, teamSize: 7, stage: "seed", hiring: true }));
    await insertStartup(db, profile({ name: "Facette Brouillon", communeCode: "76540", sectors: ["robotique"], teamSize: 1000 }), "draft");
    // Confirmation dates spread over the freshness windows (one never confirmed).
    const ages: [string, number | null][] = [["Facette Un", 1], ["Facette Deux", 7], ["Facette Trois", 13], ["Facette Quatre", 20], ["Facette Cinq", null]];
    for (const [name, months] of ages) {
      await db.update(startups).set({ confirmedAt: months === null ? null : addMonths(NOW, -months) }).where(eq(startups.name, name));
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  const raw = fc.record(
    {
      metropole: fc.subarray([...METROPOLISES]),
      commune: fc.constantFrom("14118", "76351", "76540", "27001"),
      secteur: fc.subarray(["ia-data", "edtech", "robotique", "logistique-maritime", "n-existe-pas"]),
      stade: fc.subarray([...STAGES]),
      recrute: fc.constant("1"),
      annee_min: fc.constantFrom("2010", "2016", "2019"),
      annee_max: fc.constantFrom("2015", "2020"),
      effectif: fc.subarray([...TEAM_BAND_IDS]),
      fraicheur: fc.constantFrom("6m", "12m", "18m", "3ans"),
    },
    { requiredKeys: [] },
  );

  it("counts exactly what the SQL facets count, for any filters", async () => {
    const db = database.db;
    const sectors = await listSectors(db);
    const snapshot = await loadFacetSnapshot(db);
    const slugs = new Map(sectors.map((sector) => [sector.id, sector.slug]));
    await fc.assert(
      fc.asyncProperty(raw, async (filters) => {
        const params = parseSearchParams(filters as RawParams);
        const sqlResult = await searchStartups(db, params, NOW);
        expect(countFacets(snapshot, snapshotFilters(params, sectors, freshnessReference(NOW)), slugs)).toEqual({ total: sqlResult.total, facets: sqlResult.facets });
      }),
      { numRuns: 40 },
    );
  });

  // Words of the names, sectors and fixture texts, a typo, a prefix, one letter, two words, none.
  const text = fc.constantFrom("facette", "Facete", "fac", "f", "robotique", "trois", "facette cinq", "édtech", "zz", "");

  it("counts, over a text's matches, exactly what the SQL facets count, for any text and filters", async () => {
    const db = database.db;
    const sectors = await listSectors(db);
    const snapshot = await loadFacetSnapshot(db);
    const slugs = new Map(sectors.map((sector) => [sector.id, sector.slug]));
    await fc.assert(
      fc.asyncProperty(raw, text, async (filters, q) => {
        const params = parseSearchParams({ ...filters, q } as RawParams);
        const sqlResult = await searchStartups(db, params, NOW);
        const rows = await textMatchRows(db, snapshot, q);
        if (q === "") expect(rows).toBeNull();
        else expect(rows).not.toBeNull();
        expect(countFacets(snapshot, snapshotFilters(params, sectors, freshnessReference(NOW)), slugs, rows ?? undefined)).toEqual({ total: sqlResult.total, facets: sqlResult.facets });
      }),
      { numRuns: 60 },
    );
  });

  it("finds every published startup's row by its id, and no other", async () => {
    const db = database.db;
    const snapshot = await loadFacetSnapshot(db);
    const all = await db.select({ id: startups.id, status: startups.status }).from(startups);
    const rows = all.map(({ id, status }) => ({ row: rowOfId(snapshot, id), published: status === "published" }));
    expect(rows.filter(({ published }) => published).map(({ row }) => row).sort((a, b) => a - b)).toEqual([...Array(snapshot.size).keys()]);
    expect(rows.filter(({ published }) => !published).every(({ row }) => row === -1)).toBe(true);
  });

  it("is taken at the directory's current version, so the page and its counts agree after a change", async () => {
    const db = database.db;
    const before = await searchDirectory(db, parseSearchParams({ recrute: "1" }));
    await insertStartup(db, profile({ name: "Facette Six", communeCode: "14118", hiring: true }));
    const after = await searchDirectory(db, parseSearchParams({ recrute: "1" }));
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((item) => item.name)).toContain("Facette Six");
  });
});
