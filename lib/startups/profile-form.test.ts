import { describe, expect, it } from "vitest";
import { communeChoices } from "@/lib/territory";
import { fr } from "@/lib/i18n/fr";
import { SECTOR_TAXONOMY } from "@/lib/sectors/taxonomy";
import { normalizeWebsite, profileFormInput, profileFormSchema } from "./profile-form";
import { isValidSiren } from "./profile";

const schema = profileFormSchema(fr.messages.profile, communeChoices(), SECTOR_TAXONOMY.map((sector) => sector.slug));

function form(overrides: Record<string, string | string[]> = {}) {
  const data = new FormData();
  const values: Record<string, string | string[]> = {
    name: "Cidre & Data",
    tagline: "La donnée au service des producteurs de cidre",
    description: "Une description assez longue pour être valide, qui présente le produit et ses clients normands.",
    commune: "Caen (14000)",
    sectors: ["ia-data"],
    foundedYear: "2020",
    teamSize: "4",
    fundsRaisedEur: "",
    stage: "seed",
    website: "cidre-data.fr",
    linkedinUrl: "",
    twitterUrl: "",
    siren: "",
    ...overrides,
  };
  for (const [key, value] of Object.entries(values)) for (const item of [value].flat()) data.append(key, item);
  return profileFormInput(data);
}

const errorsOf = (input: ReturnType<typeof form>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("the profile form schema (shared by the browser and the server action)", () => {
  it("accepts a valid profile, derives the commune code and normalises the website", () => {
    const result = schema.parse(form());
    expect(result).toMatchObject({ communeCode: "14118", website: "https://cidre-data.fr/", fundsRaisedEur: 0, hiring: false, siren: null });
  });

  it("keeps markup as plain text and line breaks as typed", () => {
    const result = schema.parse(form({ description: "Première ligne <script>alert(1)</script>\r\n\r\nDeuxième paragraphe, suffisamment long." }));
    expect(result.description).toBe("Première ligne <script>alert(1)</script>\n\nDeuxième paragraphe, suffisamment long.");
  });

  it("refuses each kind of bad input with a French message for its field", () => {
    expect(errorsOf(form({ name: "x".repeat(81) }))).toMatchObject({ name: expect.stringContaining("80 caractères") });
    expect(errorsOf(form({ tagline: "court" }))).toMatchObject({ tagline: expect.stringContaining("au moins 10") });
    expect(errorsOf(form({ foundedYear: "deux mille" }))).toMatchObject({ foundedYear: expect.stringContaining("nombre") });
    expect(errorsOf(form({ foundedYear: "1800" }))).toMatchObject({ foundedYear: expect.stringContaining("au moins") });
    expect(errorsOf(form({ teamSize: "3.5" }))).toMatchObject({ teamSize: expect.stringContaining("entier") });
    expect(errorsOf(form({ commune: "Paris (75001)" }))).toMatchObject({ commune: expect.stringContaining("Caen la Mer") });
    expect(errorsOf(form({ sectors: [] }))).toMatchObject({ sectors: "Choisissez au moins un secteur." });
    expect(errorsOf(form({ sectors: ["inexistant"] }))).toMatchObject({ sectors: "Secteur inconnu." });
    expect(errorsOf(form({ stage: "licorne" }))).toMatchObject({ stage: expect.stringContaining("stade") });
    expect(errorsOf(form({ siren: "123456789" }))).toMatchObject({ siren: expect.stringContaining("clé de contrôle") });
    expect(errorsOf(form({ siren: "12345" }))).toMatchObject({ siren: expect.stringContaining("9 chiffres") });
    expect(errorsOf(form({ website: "javascript:alert(1)" }))).toMatchObject({ website: expect.any(String) });
    expect(errorsOf(form({ linkedinUrl: "https://example.com/company/x" }))).toMatchObject({ linkedinUrl: expect.stringContaining("LinkedIn") });
    expect(errorsOf(form({ twitterUrl: "https://x.com/un_nom_beaucoup_trop_long" }))).toMatchObject({ twitterUrl: expect.stringContaining("compte X") });
  });

  it("accepts the social links and SIREN in their usual forms", () => {
    const result = schema.parse(form({ linkedinUrl: "linkedin.com/company/cidre-data", twitterUrl: "https://twitter.com/cidredata", siren: "732 829 320" }));
    expect(result).toMatchObject({ linkedinUrl: "https://linkedin.com/company/cidre-data", twitterUrl: "https://x.com/cidredata", siren: "732829320" });
  });

  it("validates SIREN checksums and website schemes", () => {
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("732829321")).toBe(false);
    expect(normalizeWebsite("ftp://exemple.fr")).toBeNull();
    expect(normalizeWebsite("http://exemple.fr/page#x")).toBe("http://exemple.fr/page");
  });
});
