// The census year named in the map's credits comes from the package's own citation of its source.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fr } from "@/lib/i18n/fr";
import { POPULATION_REFERENCE, territoryDataVersion } from "@/lib/territory";

const packageReadme = () => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("@etalab/decoupage-administratif/README.md"), "utf8");
};

describe("population reference", () => {
  it("is the INSEE release that the installed package cites as its population source", () => {
    const line = packageReadme()
      .split("\n")
      .find((text) => /population/i.test(text) && text.includes("insee.fr/fr/statistiques/"));
    expect(line).toContain(POPULATION_REFERENCE.source);
  });

  it("is named in the credits with the package's version", () => {
    const credits = fr.map.populationCredits(territoryDataVersion(), POPULATION_REFERENCE.year);
    expect(credits).toContain("population municipale au 1er janvier 2023");
    expect(credits).toContain("populations de référence 2023");
    expect(credits).toContain(`@etalab/decoupage-administratif ${territoryDataVersion()}`);
    expect(credits).not.toContain("2026");
  });
});
