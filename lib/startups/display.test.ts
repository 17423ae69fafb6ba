import { describe, expect, it } from "vitest";
import { profileDiff } from "./display";
import type { ProfileData } from "./profile";

const live: ProfileData = {
  name: "Neptunia",
  tagline: "La donnée portuaire, en clair",
  description: "Une description assez longue pour être valide, qui présente le produit.",
  communeCode: "76351",
  sectors: ["ia-data"],
  foundedYear: 2019,
  teamSize: 12,
  fundsRaisedEur: 1_500_000,
  stage: "seed",
  hiring: true,
  website: "https://neptunia.fr/",
  linkedinUrl: null,
  twitterUrl: null,
  siren: null,
};
const sectors = new Map([["ia-data", "IA et données"], ["greentech", "Greentech"]]);

describe("profileDiff: what the public will see, and what changed", () => {
  it("shows names, words, euros and links instead of codes", () => {
    const rows = Object.fromEntries(profileDiff(null, live, sectors).map((row) => [row.key, row.after]));
    expect(rows.communeCode!.text).toBe("Le Havre (Le Havre Seine Métropole)");
    expect(rows.sectors!.text).toBe("IA et données");
    expect(rows.stage!.text).toBe("Amorçage");
    expect(rows.fundsRaisedEur!.text.replace(/\s/g, " ")).toBe("1 500 000 €");
    expect(rows.website).toEqual({ text: "https://neptunia.fr/", href: "https://neptunia.fr/" });
  });

  it("marks exactly the fields that differ from the live version", () => {
    const proposed = { ...live, sectors: ["ia-data", "greentech"], fundsRaisedEur: 2_000_000 };
    const changed = profileDiff(live, proposed, sectors).filter((row) => row.changed).map((row) => row.key);
    expect(changed).toEqual(["sectors", "fundsRaisedEur"]);
  });
});
