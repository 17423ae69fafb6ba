import { describe, expect, it } from "vitest";
import { communeChoices } from "@/lib/territory";
import { fr } from "@/lib/i18n/fr";
import { SECTOR_TAXONOMY } from "@/lib/sectors/taxonomy";
import { profileFormSchema } from "@/lib/startups/profile-form";
import { matchCommune, suggestCommunes } from "./match";

const communes = communeChoices();
const codeOf = (input: string, options?: { inseeCodeFirst?: boolean }) => {
  const match = matchCommune(input, communes, options);
  return match.kind === "one" ? match.commune.code : match.kind === "many" ? match.candidates.map((c) => c.code).sort() : null;
};

describe("matchCommune: what unambiguously names one member commune", () => {
  it("accepts the name in any case, the label, a postal code of one commune and 'Name (postal code)'", () => {
    for (const typed of ["Le Havre", "le havre", "LE HAVRE ", "76600", "Le Havre (76600)", "Le Havre (76600, 76610, 76620)", "76351"]) {
      expect(codeOf(typed), typed).toBe("76351");
    }
  });

  it("makes accents, hyphens, apostrophes and 'St' optional", () => {
    for (const typed of ["herouville saint clair", "Hérouville-Saint-Clair", "HEROUVILLE ST CLAIR", "hérouville-st-clair"]) {
      expect(codeOf(typed), typed).toBe("14327");
    }
    const angerville = communes.find((c) => c.name === "Angerville-l'Orcher")!.code;
    expect(codeOf("angerville l orcher")).toBe(angerville);
    expect(codeOf("Angerville-l’Orcher")).toBe(angerville);
  });

  it("gives every candidate for a shared postal code or a name used twice", () => {
    const shared = matchCommune("14280", communes);
    expect(shared.kind).toBe("many");
    expect(shared.kind === "many" && shared.candidates.map((c) => c.name).sort()).toEqual(["Authie", "Saint-Contest", "Saint-Germain-la-Blanche-Herbe"]);
    const name = matchCommune("Cuverville", communes);
    expect(name.kind === "many" && name.candidates.length).toBe(2);
    // Picking one by its label settles it.
    const picked = name.kind === "many" ? name.candidates[0]! : null;
    expect(codeOf(picked!.label)).toBe(picked!.code);
  });

  it("reads a 5-digit code as INSEE or postal code alike, unless told the INSEE code comes first", () => {
    // 14610 is the INSEE code of one member commune and the postal code of others.
    const both = codeOf("14610");
    expect(Array.isArray(both) && both.length).toBeGreaterThan(1);
    expect(typeof codeOf("14610", { inseeCodeFirst: true })).toBe("string");
    expect(codeOf("14610", { inseeCodeFirst: true })).toBe(communes.find((c) => c.code === "14610")?.code);
  });

  it("refuses what names no member commune", () => {
    for (const typed of ["Paris", "75001", "Paris (75001)", "Le Havre (14000)", "", "Hav"]) expect(codeOf(typed), typed).toBeNull();
  });
});

describe("the profile form lists the candidates when the commune is ambiguous", () => {
  it("names each candidate in the error", () => {
    const schema = profileFormSchema(fr.messages.profile, communes, SECTOR_TAXONOMY.map((s) => s.slug));
    const result = schema.safeParse({ commune: "14280" });
    const message = result.success ? "" : result.error.issues.find((issue) => issue.path[0] === "commune")?.message;
    expect(message).toContain("Plusieurs communes");
    expect(message).toContain("Authie (14280)");
    expect(message).toContain("Saint-Contest (14280)");
  });
});

describe("suggestCommunes", () => {
  it("suggests by the start of the name or postal code, accents optional", () => {
    expect(suggestCommunes("herou", communes).map((c) => c.name)).toContain("Hérouville-Saint-Clair");
    expect(suggestCommunes("7660", communes).map((c) => c.name)).toEqual(["Le Havre"]);
    expect(suggestCommunes("", communes)).toEqual([]);
  });
});
