import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, profile } from "@/tests/support/fixtures";
import { parseSearchParams, type RawParams } from "./params";
import { searchStartups } from "./search";

describe.each(enginesUnderTest())("directory search on %s", (engine) => {
  let database: Database;
  const search = async (raw: RawParams) => searchStartups(database.db, parseSearchParams(raw));
  const names = async (raw: RawParams) => (await search(raw)).items.map((item) => item.name);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const db = database.db;
    await insertStartup(db, profile({ name: "Atelier Numérique Normand", tagline: "Conseil en transformation numérique" }));
    await insertStartup(db, profile({ name: "Logistique Estuaire", tagline: "Optimisation des flux portuaires", communeCode: "76351", sectors: ["logistique-maritime"] }));
    await insertStartup(db, profile({ name: "Robotix Seine", tagline: "Robots de soudure pour PME", communeCode: "76540", sectors: ["robotique", "industrie-4-0"], hiring: true, teamSize: 30, foundedYear: 2012 }));
    await insertStartup(db, profile({ name: "Hydrogène de l'Estuaire", tagline: "Production d'énergie verte", communeCode: "76351", sectors: ["energie-environnement"], stage: "growth" }));
    await insertStartup(db, profile({
      name: "Vent du Large",
      tagline: "Stockage d'électricité pour les îles",
      description: "Nous concevons des piles à hydrogène compactes pour les sites isolés et les navires de pêche normands.",
      communeCode: "76351",
      sectors: ["energie-environnement"],
      foundedYear: 2021,
    }));
    await insertStartup(db, profile({ name: "Neptunia Analytics", tagline: "Données maritimes en temps réel", communeCode: "76351", sectors: ["ia-data", "logistique-maritime"], hiring: true }));
    // Never visible: a draft and an unpublished profile that would otherwise match everything.
    await insertStartup(db, profile({ name: "Robot Brouillon Numérique", tagline: "Robotique numérique logistique hydrogène" }), "draft");
    await insertStartup(db, profile({ name: "Robot Retiré Numérique", tagline: "Robotique numérique logistique hydrogène" }), "unpublished");
  });

  afterAll(async () => {
    await database?.close();
  });

  it("is accent-insensitive: 'numerique' finds 'Numérique'", async () => {
    expect(await names({ q: "numerique" })).toEqual(["Atelier Numérique Normand"]);
  });

  it("is stemmed: 'logistiques' finds 'Logistique'", async () => {
    expect(await names({ q: "logistiques" })).toContain("Logistique Estuaire");
  });

  it("ranks a match in the name above one in the description", async () => {
    expect(await names({ q: "hydrogene" })).toEqual(["Hydrogène de l'Estuaire", "Vent du Large"]);
  });

  it("forgives one wrong letter in a name", async () => {
    expect(await names({ q: "Neptunai" })).toContain("Neptunia Analytics");
  });

  it("forgives one missing letter in a name", async () => {
    expect(await names({ q: "Neptnia" })).toContain("Neptunia Analytics");
  });

  it("matches a prefix while typing: 'robo' finds 'Robotix'", async () => {
    expect(await names({ q: "robo" })).toEqual(["Robotix Seine"]);
  });

  it("never returns drafts or unpublished profiles, in results or counts", async () => {
    const result = await search({});
    expect(result.total).toBe(6);
    expect(result.items.map((item) => item.name)).not.toContain("Robot Brouillon Numérique");
    expect(result.items.map((item) => item.name)).not.toContain("Robot Retiré Numérique");
    expect(Object.values(result.facets.metropolis).reduce((a, b) => a + b, 0)).toBe(6);
  });

  it("filters by metropolis and counts each metropolis for the current query", async () => {
    const result = await search({ metropole: "le-havre" });
    expect(result.total).toBe(4);
    // The metropolis facet ignores its own filter, so the other metropolises still show their counts.
    expect(result.facets.metropolis).toEqual({ caen: 1, "le-havre": 4, rouen: 1 });
  });

  it("filters by several sectors at once, as a union", async () => {
    const result = await search({ secteur: ["robotique", "ia-data"] });
    expect(result.items.map((item) => item.name).sort()).toEqual(["Neptunia Analytics", "Robotix Seine"]);
    expect(result.facets.sector["energie-environnement"]).toBe(2);
  });

  it("combines commune, hiring, stage, year range and team band filters", async () => {
    expect(await names({ commune: "76351", recrute: "1" })).toEqual(["Neptunia Analytics"]);
    expect(await names({ stade: "growth" })).toEqual(["Hydrogène de l'Estuaire"]);
    expect(await names({ annee_min: "2010", annee_max: "2015" })).toEqual(["Robotix Seine"]);
    expect(await names({ effectif: "26-50" })).toEqual(["Robotix Seine"]);
    const facets = (await search({ q: "hydrogene" })).facets;
    expect(facets.year).toEqual({ "2018": 1, "2021": 1 });
    expect(facets.hiring).toBe(0);
  });

  it("sorts by name and by newest, and paginates", async () => {
    expect((await names({ tri: "nom" }))[0]).toBe("Atelier Numérique Normand");
    const page = await search({ page: "2" });
    expect(page.items).toEqual([]);
    expect(page.pageCount).toBe(1);
  });

  it("ignores a query of symbols only, and matches nothing for an unknown sector", async () => {
    expect((await search({ q: "&|!:*()" })).total).toBe(6);
    expect((await search({ secteur: "n-existe-pas" })).total).toBe(0);
  });

  it("treats one letter as the start of a name, not as a prefix of every word", async () => {
    expect(await names({ q: "r" })).toEqual(["Robotix Seine"]);
    expect(await names({ q: "n" })).toEqual(["Neptunia Analytics"]);
  });

  it("takes only the last word as a prefix", async () => {
    expect(await names({ q: "robots sou" })).toEqual(["Robotix Seine"]);
    // "robo" is a whole word here, not a prefix: no startup has that word.
    expect(await names({ q: "robo soudure" })).toEqual([]);
  });

  it("does not forgive typos in short words", async () => {
    // "vnt" is one letter away from "vent" but too short to be matched by similarity.
    expect(await names({ q: "vnt" })).toEqual([]);
  });
});
