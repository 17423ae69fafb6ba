import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { DirectoryMap } from "@/components/map/directory-map";
import { parseSearchParams } from "@/lib/search/params";
import { searchDirectory } from "@/lib/search/search";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, profile } from "@/tests/support/fixtures";
import { directoryMapScope, directoryMapValues } from "./directory";

// The map's links are rendered here outside Next's app router: SoftLinks (in-place navigation in
// the browser) only needs a router to exist; its clicks are tested in e2e/map.spec.ts.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => undefined }) }));

describe.each(enginesUnderTest())("the directory's map on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const db = database.db;
    await insertStartup(db, profile({ name: "Carto Caen Un", communeCode: "14118", sectors: ["ia-data"], hiring: true }));
    await insertStartup(db, profile({ name: "Carto Caen Deux", communeCode: "14118", sectors: ["edtech"] }));
    await insertStartup(db, profile({ name: "Carto Hérouville", communeCode: "14327", sectors: ["ia-data"], hiring: true }));
    await insertStartup(db, profile({ name: "Carto Havre", communeCode: "76351", sectors: ["ia-data"] }));
    await insertStartup(db, profile({ name: "Carto Rouen", communeCode: "76540", sectors: ["ia-data"], hiring: true }));
    // In the Rouen metropolis, but before every other name: the three table orders all differ.
    await insertStartup(db, profile({ name: "Carto Bihorel", communeCode: "76095", sectors: ["edtech"] }));
    await insertStartup(db, profile({ name: "Carto Brouillon", communeCode: "14327", sectors: ["ia-data"] }), "draft");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("counts, for each commune, what the same search filtered on that commune finds", async () => {
    for (const query of [{ q: "carto" }, { q: "carto", secteur: "ia-data" }, { q: "carto", recrute: "1", commune: "14118" }, { q: "carto", metropole: "caen" }]) {
      const params = parseSearchParams({ ...query, vue: "carte" });
      const result = await searchDirectory(database.db, params);
      const values = directoryMapValues(params, result.facets);
      expect(Object.keys(values)).toHaveLength(params.metropolises.length === 1 ? 48 : 173);
      for (const [code, count] of Object.entries(values)) {
        if (count === 0 && !["14118", "14327", "76351", "76540", "76095"].includes(code)) continue;
        const filtered = await searchDirectory(database.db, { ...params, commune: code });
        expect(count, `${JSON.stringify(query)} ${code}`).toBe(filtered.total);
      }
    }
  });

  it("shows those counts in each commune's name, and links to the search with the commune chosen or dropped", async () => {
    const params = parseSearchParams({ q: "carto", secteur: "ia-data", commune: "14327", vue: "carte" });
    const result = await searchDirectory(database.db, params);
    expect(directoryMapScope(params)).toBeNull();
    const html = renderToStaticMarkup(createElement(DirectoryMap, { params, facets: result.facets }));
    expect(html).toContain('aria-label="Caen, Caen la Mer : 1 startup"');
    expect(html).toContain('aria-label="Hérouville-Saint-Clair, Caen la Mer : 1 startup (commune choisie)"');
    expect(html).toContain('aria-label="Rouen, Métropole Rouen Normandie : 1 startup"');
    expect(html).toContain('aria-label="Sannerville, Caen la Mer : aucune startup"');
    expect(html).toContain('href="/startups?q=carto&amp;commune=14118&amp;secteur=ia-data&amp;vue=carte"');
    // The chosen commune's link drops the filter.
    expect(html).toMatch(/<a href="\/startups\?q=carto&amp;secteur=ia-data&amp;vue=carte" aria-label="Hérouville-Saint-Clair[^"]*" data-commune="14327">/);
    expect(html.match(/<a [^>]*data-commune="/g)).toHaveLength(173);
  });

  it("sorts the commune table by a link per column, kept in the URL with the rest of the search", async () => {
    const rowsOf = (html: string) => [...html.matchAll(/<tr [^>]*data-commune="(\w+)"/g)].map((match) => match[1]);
    const render = async (query: Record<string, string>) => {
      const params = parseSearchParams({ q: "carto", vue: "carte", ...query });
      const result = await searchDirectory(database.db, params);
      return renderToStaticMarkup(createElement(DirectoryMap, { params, facets: result.facets }));
    };
    // No order chosen: the table is closed, by startups (ties by name), and every column's header is a link.
    const closed = await render({});
    expect(closed).not.toMatch(/<details[^>]* open=""/);
    expect(rowsOf(closed)).toEqual(["14118", "76095", "14327", "76351", "76540"]);
    expect(closed).toContain('aria-label="Trier par commune" href="/startups?q=carto&amp;vue=carte&amp;tri_communes=commune#tableau-communes"');
    expect(closed).toContain('aria-label="Trier par métropole" href="/startups?q=carto&amp;vue=carte&amp;tri_communes=metropole#tableau-communes"');

    const byName = await render({ tri_communes: "commune" });
    expect(byName).toMatch(/<details[^>]* open=""/);
    expect(rowsOf(byName)).toEqual(["76095", "14118", "14327", "76351", "76540"]);
    expect(byName).toMatch(/<th[^>]*aria-sort="ascending"[^>]*>Commune/);
    expect(byName).toContain('href="/startups?q=carto&amp;vue=carte&amp;tri_communes=startups#tableau-communes"');
    // The communes on the map keep the table's order in their links.
    expect(byName).toContain('href="/startups?q=carto&amp;commune=14118&amp;vue=carte&amp;tri_communes=commune"');

    const byMetropolis = await render({ tri_communes: "metropole" });
    expect(rowsOf(byMetropolis)).toEqual(["14118", "14327", "76351", "76095", "76540"]);
    expect(byMetropolis).toMatch(/<th[^>]*aria-sort="ascending"[^>]*>Métropole/);
  });
});
