// The English dictionary mirrors the French one: the same key paths and function arities (the
// runtime side of `satisfies Dictionary` in ./en), every string actually translated, no French
// left behind, and English plurals from Intl.PluralRules.
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { formatIntegerEn, plural } from "./format-en";
import { fr } from "./fr";

type Leaf = { path: string; value: unknown };

/** Every leaf (string, number, null, function) with its dotted path; tuple indices are keys too. */
function leaves(value: unknown, path = ""): Leaf[] {
  if (value !== null && typeof value === "object") {
    return Object.keys(value)
      .sort()
      .flatMap((key) => leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

const frLeaves = new Map(leaves(fr).map((leaf) => [leaf.path, leaf.value]));
const enLeaves = new Map(leaves(en).map((leaf) => [leaf.path, leaf.value]));
const enFunctions = [...enLeaves].filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function");
const frFunctions = new Map([...frLeaves].filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function"));

// Values that are legitimately the same in both languages: proper nouns, brand names, codes, and
// a few words that English borrowed from French (or the reverse).
const SAME_IN_BOTH = new Set([
  "Normandy French Tech",
  "Caen",
  "Le Havre",
  "Rouen",
  "Caen la Mer",
  "Le Havre Seine Métropole",
  "Métropole Rouen Normandie",
  "LinkedIn",
  "X (Twitter)",
  "SIREN",
  "—",
  "Administration",
  "Prototype",
  "Meetup",
  "Hackathon",
  "Demo day",
  "Startups",
  "Logo",
  "Logos",
  "Description",
  "Date",
  "Action",
  "Mode",
  "Type",
  "Sessions",
  "Pagination",
]);
// Open-data endpoints and their examples are URLs of the (French-named) API.
const isApiUrl = (value: string) => value.startsWith("/api/");

// Proper nouns and API identifiers that may appear inside English text with French spelling.
const FRENCH_PROPER_NOUNS = [
  "Le Havre Seine Métropole",
  "Métropole Rouen Normandie",
  "Caen la Mer",
  "Le Havre",
  "Hérouville-Saint-Clair",
  "Licence Ouverte",
  "@etalab/decoupage-administratif",
  "/compte/connexion",
];
const FRENCH_ONLY = [
  /[àâçéèêëîïôùûüÿœæ«»]/i, // accents, guillemets
  /[\u00a0\u202f]/, // the non-breaking spaces French typography puts before : ; ? ! and inside « »
  / [:;?!]/, // a space before : ; ? !
  /\b(le|la|les|des|du|de|pour|et|une|est|avec|dans|sur|aux|vous|votre|nous|fiche|annuaire)\b/,
];
function frenchTraces(text: string): RegExp[] {
  const stripped = FRENCH_PROPER_NOUNS.reduce((rest, noun) => rest.split(noun).join(""), text);
  return FRENCH_ONLY.filter((pattern) => pattern.test(stripped));
}

// Sample arguments for the functions whose parameters are not all strings or numbers (or whose
// string parameter is used as one). Every other function is called with 1s, then 2s.
const march28 = new Date("2026-03-28T17:30:00Z");
const SAMPLE_ARGUMENTS: Record<string, (n: number) => unknown[]> = {
  "events.when": () => [march28, new Date("2026-03-28T20:00:00Z"), false],
  "events.monthLabel": () => ["2026-03"],
  "admin.journal.dateTime": () => [march28],
  "stats.computedAt": () => [march28],
  "messages.moderation.alreadyDecidedBy": () => ["Alice", march28],
  "messages.profile.communeAmbiguous": () => [["Caen (14000)", "Caen (14118)"]],
  "messages.api.unknownValue": (n) => [Array.from({ length: n }, (_, i) => `value${i}`), ["caen", "rouen"]],
  "messages.api.allowedValues": () => [["caen", "rouen"]],
  "messages.api.requiredAllowedValues": () => [["caen", "rouen"]],
  "map.table.sortBy": () => ["Startups"],
  "map.legendRange": (n) => [String(n), String(n + 1)],
  // A range ("between 1 and 60 characters") takes the plural whatever its lower bound.
  "messages.sectors.nameLength": (n) => ["French name", n, n + 59],
};
function call(path: string, fn: (...args: unknown[]) => unknown, n: number): unknown {
  const args = SAMPLE_ARGUMENTS[path]?.(n) ?? Array.from({ length: fn.length }, () => n);
  return fn(...args);
}

describe("the English dictionary", () => {
  it("has exactly the French key paths", () => {
    const missing = [...frLeaves.keys()].filter((path) => !enLeaves.has(path));
    const extra = [...enLeaves.keys()].filter((path) => !frLeaves.has(path));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("has the same kind of value, and functions of the same arity, at every path", () => {
    const mismatches = [...frLeaves].flatMap(([path, frValue]) => {
      const enValue = enLeaves.get(path);
      const kind = (value: unknown) => (value === null ? "null" : typeof value);
      if (kind(enValue) !== kind(frValue)) return [`${path}: ${kind(frValue)} in French, ${kind(enValue)} in English`];
      if (typeof frValue === "function" && typeof enValue === "function" && frValue.length !== enValue.length) {
        return [`${path}: ${frValue.length} parameter(s) in French, ${enValue.length} in English`];
      }
      return [];
    });
    expect(mismatches).toEqual([]);
  });

  it("translates every string, except a short list of values that are the same in both languages", () => {
    const untranslated = [...enLeaves]
      .filter(([path, value]) => typeof value === "string" && value === frLeaves.get(path) && !SAME_IN_BOTH.has(value) && !isApiUrl(value))
      .map(([path, value]) => `${path}: ${JSON.stringify(value)}`);
    expect(untranslated).toEqual([]);
    // The allow-list stays honest: each of its values is used where both dictionaries agree.
    const agreed = new Set([...enLeaves].filter(([path, value]) => value === frLeaves.get(path)).map(([, value]) => value));
    expect([...SAME_IN_BOTH].filter((value) => !agreed.has(value))).toEqual([]);
  });

  it("leaves no French in its strings or in what its functions return", () => {
    // The detector itself: French is caught, the allowed proper nouns are not.
    expect(frenchTraces(fr.site.tagline).length).toBeGreaterThan(0);
    expect(frenchTraces("Mes données").length).toBeGreaterThan(0);
    expect(frenchTraces("Caen la Mer, Le Havre Seine Métropole and Hérouville-Saint-Clair")).toEqual([]);
    const texts: Leaf[] = [
      ...[...enLeaves].filter(([, value]) => typeof value === "string").map(([path, value]) => ({ path, value })),
      ...enFunctions.flatMap(([path, fn]) => [1, 2].map((n) => ({ path: `${path}(${n})`, value: call(path, fn, n) }))),
    ];
    const offending = texts.flatMap(({ path, value }) => {
      const traces = typeof value === "string" ? frenchTraces(value) : [];
      return traces.length ? [`${path}: ${JSON.stringify(value)} matches ${traces.join(", ")}`] : [];
    });
    expect(offending).toEqual([]);
  });

  it("returns a string from every function, as the French one does", () => {
    const problems = enFunctions.flatMap(([path, fn]) =>
      [1, 2].flatMap((n) => {
        const english = call(path, fn, n);
        const french = call(path, frFunctions.get(path)!, n);
        return typeof english === typeof french && typeof english === "string" ? [] : [`${path}(${n}): ${typeof english}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("never puts a plural after the number 1", () => {
    const plurals = enFunctions
      .map(([path, fn]) => [path, call(path, fn, 1)] as const)
      .filter(([, text]) => typeof text === "string" && /(^|[^\d.,])1 (startups|people|persons|events|days|hours|minutes|seconds|months|years|rows|decisions|fields|profiles|sectors|characters|values)\b/.test(text))
      .map(([path, text]) => `${path}: ${String(text)}`);
    expect(plurals).toEqual([]);
  });

  it("has a French counterpart that never puts a plural after the number 1 either", () => {
    const plurals = [...frFunctions]
      .map(([path, fn]) => [path, call(path, fn, 1)] as const)
      .filter(([, text]) => typeof text === "string" && /(^|[^\d.,])1 (startups|personnes|événements|jours|heures|minutes|secondes|années|lignes|décisions|champs|fiches|secteurs|caractères|valeurs|emplois)\b/.test(text))
      .map(([path, text]) => `${path}: ${String(text)}`);
    expect(plurals).toEqual([]);
    expect([1, 2].map(fr.admin.dashboard.ageDays)).toEqual(["1 jour", "2 jours"]);
    expect(fr.stats.headline(1, 1234, 1_500_000)).toBe("1 startup, 1\u202f234 emplois, 1,5 M€ levés");
    expect(fr.stats.hiringSummary(1, 0.125)).toBe("1 startup recrute actuellement (12,5\u00a0%).");
    expect(fr.stats.hiringSummary(2, 0.5)).toBe("2 startups recrutent actuellement (50\u00a0%).");
    expect(fr.events.stats.yearSummary(1, 1)).toBe("1 événement publié sur 1 année.");
    expect(fr.stats.computedAt(march28)).toBe("Chiffres calculés le 28 mars 2026 à 18:30");
  });

  it("uses English plurals and en-GB number formats", () => {
    expect(plural(1, "startup", "startups")).toBe("startup");
    expect(plural(0, "startup", "startups")).toBe("startups");
    expect(plural(1.5, "hour", "hours")).toBe("hours");
    expect(formatIntegerEn(1234567)).toBe("1,234,567");

    expect([0, 1, 2, 1234].map(en.search.results)).toEqual(["No startups", "1 startup", "2 startups", "1,234 startups"]);
    expect([1, 2, 12].map(en.profile.teamSizeValue)).toEqual(["1 person", "2 people", "12 people"]);
    expect([1, 2].map(en.events.list.count)).toEqual(["1 event", "2 events"]);
    expect([0, 1, 2].map(en.map.measures.startups.value)).toEqual(["no startups", "1 startup", "2 startups"]);
    expect(en.map.measures.startupsPer10k.value(1)).toBe("1.0 startups per 10,000 inhabitants");
    expect(en.map.formatRate(2.25)).toBe("2.3");
    expect([1, 2].map(en.freshness.admin.count)).toEqual(["1 profile to check", "2 profiles to check"]);
    expect([1, 6].map(en.freshness.filter.chip)).toEqual(["Confirmed within the last 1 month", "Confirmed within the last 6 months"]);
    expect(en.freshness.stats.share("75%", 1500, 2000)).toContain("(1,500 of 2,000)");
    expect([1, 2].map(en.messages.rateLimit.retryInSeconds)).toEqual(["Try again in 1 second.", "Try again in 2 seconds."]);
    expect(en.messages.rateLimit.retryInMinutes(1)).toBe("Try again in 1 minute.");
    expect(en.messages.rateLimit.retryInHours(3)).toBe("Try again in 3 hours.");
    expect([1, 2].map(en.admin.queue.bulkDone)).toEqual(["1 decision recorded.", "2 decisions recorded."]);
    expect([0, 1, 2].map(en.admin.review.changedCount)).toEqual([
      "No fields changed.",
      "1 field changed, marked ‘Changed’.",
      "2 fields changed, marked ‘Changed’.",
    ]);
    expect(en.admin.import.imported(1, 0)).toBe("1 startup imported.");
    expect(en.admin.import.imported(2, 1)).toBe("2 startups imported, 1 row skipped.");
    expect(en.admin.import.dryRunDone(1, 2)).toBe("Dry run: 1 valid row, 2 rows to fix. Nothing was saved.");
    expect([1, 2].map(en.admin.dashboard.ageDays)).toEqual(["1 day", "2 days"]);
    expect(en.admin.dashboard.medianHours(1.5)).toBe("1.5 hours");
    expect(en.events.stats.yearSummary(12, 1)).toBe("12 events published over 1 year.");
    expect(en.events.stats.yearSummary(1, 2)).toBe("1 event published over 2 years.");
    expect(en.stats.headline(1, 1234, 1_500_000)).toBe("1 startup, 1,234 jobs, €1.5M raised");
    expect(en.stats.sectorSummary("Health", 1)).toBe("Largest sector: Health, with 1 startup.");
    expect(en.stats.hiringSummary(1, 0.125)).toBe("1 startup is hiring now (12.5%).");
    expect(en.stats.hiringSummary(2, 0.5)).toBe("2 startups are hiring now (50%).");
    expect(en.stats.growthSummary(1, "2024-01")).toBe("1 profile published since 2024-01, cumulated by month.");
    expect(en.messages.profile.tooShort("The name", 1)).toBe("The name must be at least 1 character long.");
    expect(en.messages.profile.tooLarge("The team size", 100000)).toBe("The team size must be at most 100,000.");
    expect(en.messages.api.unknownValue(["x"], ["a", "b"])).toBe("Unknown value: x. Allowed values: a, b.");
    expect(en.messages.api.unknownValue(["x", "y"], ["a"])).toBe("Unknown values: x, y. Allowed values: a.");
  });

  it("formats dates in English, Paris time", () => {
    expect(en.events.when(march28, new Date("2026-03-28T20:00:00Z"), false)).toBe("28 March 2026, 18:30 – 21:00");
    expect(en.stats.computedAt(march28)).toBe("Figures calculated on 28 March 2026 at 18:30");
    expect(en.events.when(new Date("2026-10-23T22:00:00Z"), new Date("2026-10-25T23:00:00Z"), true)).toBe("24 October 2026 – 25 October 2026");
    expect(en.events.monthLabel("2026-03")).toBe("March 2026");
    expect(en.messages.moderation.alreadyDecidedBy("Alice", march28)).toBe("This submission was already dealt with by Alice on 28 March 2026 at 18:30.");
  });

  it("leaves the French dictionary as it was", () => {
    expect(fr.search.results(2)).toBe("2 startups");
    expect(fr.events.list.count(2)).toBe("2 événements");
    expect(fr.site.tagline).toBe("L’annuaire des startups de Caen, Le Havre et Rouen");
  });
});
