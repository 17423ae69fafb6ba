import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearchParams, rawParams } from "@/lib/search/params";
import type { CacheGeneration } from "./directory-cache";
import { DIRECTORY_PAGE, INTERNAL_PREFIX, internalPathFor, PROFILE_PAGE, stateFromKey, STATISTICS_PAGE } from "./page-cache";

const DAY = "2026-03-01";

/** The internal path a public URL is rewritten to, at version 1 (freshness version 0, profile confirmed at 1000). */
function internal(url: string, version = 1, generation: Partial<CacheGeneration> = {}): string | null {
  const parsed = new URL(url, "http://localhost");
  return internalPathFor({ version, freshness: 0, day: DAY, profileConfirmed: 1000, lastEventEnd: null, ...generation }, parsed.pathname, parsed.searchParams);
}
const keyOf = (url: string) => internal(url)!.split("/").at(-1)!;
const encode = (text: string) => Buffer.from(text).toString("base64url");

describe("the directory page's cache key", () => {
  it("is the same for equivalent URLs, so they share one cache entry", () => {
    const expected = internal("/startups?q=robo&metropole=caen&secteur=ia-data");
    expect(expected).toMatch(new RegExp(`^${INTERNAL_PREFIX}annuaire/1-0-${DAY}/`));
    expect(internal("/startups?metropole=caen&q=robo&secteur=ia-data")).toBe(expected);
    // Defaults spelled out, unknown parameters (the router's own `_rsc`) and invalid values.
    expect(internal("/startups?q=robo&metropole=caen&secteur=ia-data&tri=pertinence&page=1&_rsc=abc&stade=licorne&annee_min=12")).toBe(expected);
    expect(internal("/startups?q=%20robo%20&metropole=caen&metropole=caen&secteur=ia-data")).toBe(expected);
    // Several values of one filter, in any order.
    expect(internal("/startups?metropole=rouen&metropole=caen&secteur=robotique&secteur=ia-data")).toBe(
      internal("/startups?metropole=caen&metropole=rouen&secteur=ia-data&secteur=robotique"),
    );
    expect(internal("/startups")).toBe(internal("/startups?tri=pertinence&page=1"));
  });

  it("differs whenever the search state differs", () => {
    const queries = ["", "q=robo", "q=robot", "q=robo&page=2", "q=robo&tri=nom", "q=robo&recrute=1", "metropole=caen", "metropole=rouen", "commune=14118"];
    const paths = queries.map((query) => internal(`/startups?${query}`));
    expect(new Set(paths).size).toBe(queries.length);
  });

  it("round-trips to the same search state, whatever the text typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.subarray(["caen", "le-havre", "rouen"]), fc.integer({ min: 1, max: 600 }), (q, metropolises, page) => {
        const query = new URLSearchParams({ q, page: String(page) });
        for (const metropolis of metropolises) query.append("metropole", metropolis);
        const key = keyOf(`/startups?${query}`);
        // One path segment, whatever the text contains (slashes, `?`, `%`, accents…).
        expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
        const state = stateFromKey(DIRECTORY_PAGE, key);
        expect(state !== null && parseSearchParams(rawParams(new URLSearchParams(state)))).toEqual(parseSearchParams(rawParams(query)));
      }),
    );
  });

  it("refuses keys that are not canonical, so nobody can fill the cache with variants", () => {
    expect(stateFromKey(DIRECTORY_PAGE, encode("page=1&q=robo"))).toBeNull();
    expect(stateFromKey(DIRECTORY_PAGE, encode("q=robo&_rsc=1"))).toBeNull();
    expect(stateFromKey(DIRECTORY_PAGE, `${encode("q=robo")}=`)).toBeNull();
    expect(stateFromKey(DIRECTORY_PAGE, keyOf("/startups?q=robo"))).toBe("q=robo");
    expect(stateFromKey(DIRECTORY_PAGE, "-")).toBe("");
  });
});

describe("the statistics page's cache key", () => {
  it("keeps only a valid metropolis", () => {
    expect(internal("/statistiques?metropole=caen&x=1")).toBe(internal("/statistiques?metropole=caen"));
    expect(internal("/statistiques?metropole=paris")).toBe(internal("/statistiques"));
    expect(stateFromKey(STATISTICS_PAGE, keyOf("/statistiques?metropole=rouen"))).toBe("metropole=rouen");
    expect(stateFromKey(STATISTICS_PAGE, encode("metropole=paris"))).toBeNull();
  });

  it("holds the map's measure and the commune table's order, defaults omitted, in one order", () => {
    expect(internal("/statistiques?tri=startups&carte=startups")).toBe(internal("/statistiques"));
    expect(internal("/statistiques?tri=emplois&carte=taux&metropole=caen")).toBe(internal("/statistiques?metropole=caen&carte=taux&tri=emplois"));
    expect(internal("/statistiques?carte=taux")).not.toBe(internal("/statistiques"));
    expect(internal("/statistiques?tri=habitants")).not.toBe(internal("/statistiques?tri=commune"));
    expect(stateFromKey(STATISTICS_PAGE, keyOf("/statistiques?tri=taux&metropole=rouen"))).toBe("metropole=rouen&tri=taux");
    expect(stateFromKey(STATISTICS_PAGE, encode("tri=taux&metropole=rouen"))).toBeNull();
  });

  it("sorts by metropolis only where the table has that column", () => {
    expect(internal("/statistiques?tri=metropole")).not.toBe(internal("/statistiques"));
    expect(stateFromKey(STATISTICS_PAGE, keyOf("/statistiques?tri=metropole"))).toBe("tri=metropole");
    expect(internal("/statistiques?metropole=caen&tri=metropole")).toBe(internal("/statistiques?metropole=caen"));
    expect(stateFromKey(STATISTICS_PAGE, encode("metropole=caen&tri=metropole"))).toBeNull();
  });
});

describe("the directory's map view", () => {
  it("is part of the search's cached state", () => {
    expect(internal("/startups?vue=carte&commune=14118")).toBe(internal("/startups?commune=14118&vue=carte"));
    expect(internal("/startups?commune=14118&vue=carte")).not.toBe(internal("/startups?commune=14118"));
    expect(internal("/startups?vue=liste")).toBe(internal("/startups"));
    expect(stateFromKey(DIRECTORY_PAGE, keyOf("/startups?vue=carte&q=robo"))).toBe("q=robo&vue=carte");
  });

  it("holds its commune table's order, only where that table is shown", () => {
    const sorted = internal("/startups?vue=carte&tri_communes=commune");
    expect(sorted).not.toBe(internal("/startups?vue=carte"));
    expect(sorted).not.toBe(internal("/startups?vue=carte&tri_communes=metropole"));
    expect(internal("/startups?tri_communes=commune&vue=carte&_rsc=1")).toBe(sorted);
    // Chosen (the table open) is not the same page as absent (closed), even for the default order.
    expect(internal("/startups?vue=carte&tri_communes=startups")).not.toBe(internal("/startups?vue=carte"));
    // Without the map there is no table; an unknown order is dropped.
    expect(internal("/startups?tri_communes=commune")).toBe(internal("/startups"));
    expect(internal("/startups?vue=carte&tri_communes=emplois")).toBe(internal("/startups?vue=carte"));
    // One metropolis: no metropolis column to sort by.
    expect(internal("/startups?vue=carte&metropole=caen&tri_communes=metropole")).toBe(internal("/startups?vue=carte&metropole=caen&tri_communes=startups"));
    expect(stateFromKey(DIRECTORY_PAGE, keyOf("/startups?tri_communes=metropole&vue=carte&q=robo"))).toBe("q=robo&vue=carte&tri_communes=metropole");
    expect(stateFromKey(DIRECTORY_PAGE, encode("vue=carte&tri_communes=metropole&q=robo"))).toBeNull();
  });
});

describe("the profile page's cache key", () => {
  it("is the slug, for profile pages only", () => {
    expect(internal("/startups/neptunia-analytics?utm_source=x")).toBe(`${INTERNAL_PREFIX}fiche/1-1000-${DAY}/${encode("neptunia-analytics")}`);
    expect(stateFromKey(PROFILE_PAGE, keyOf("/startups/neptunia-analytics"))).toBe("neptunia-analytics");
    // The logo route, other pages, and anything that cannot be a slug are not served from the cache.
    for (const url of ["/startups/neptunia-analytics/logo", "/startups/Neptunia", "/startups/a_b", "/a-propos", "/admin"]) expect(internal(url)).toBeNull();
    expect(stateFromKey(PROFILE_PAGE, encode("../admin"))).toBeNull();
  });
});

describe("the internal path", () => {
  it("names the directory version, so a new version never reads an old entry", () => {
    expect(internal("/startups?q=robo", 41)).toBe(`${INTERNAL_PREFIX}annuaire/41-0-${DAY}/${encode("q=robo")}`);
    expect(internal("/startups?q=robo", 42)).not.toBe(internal("/startups?q=robo", 41));
  });

  it("keys what shows freshness on it: a confirmation re-renders that profile, the directory and the statistics, not the rest", () => {
    const confirmed = { freshness: 1, profileConfirmed: 2000 };
    expect(internal("/startups/neptunia-analytics", 1, confirmed)).not.toBe(internal("/startups/neptunia-analytics"));
    expect(internal("/startups?q=robo", 1, confirmed)).not.toBe(internal("/startups?q=robo"));
    expect(internal("/statistiques", 1, confirmed)).not.toBe(internal("/statistiques"));
    // Another profile's page only moves with its own date, never with the freshness version.
    expect(internal("/startups/autre-startup", 1, { freshness: 1 })).toBe(internal("/startups/autre-startup"));
    expect(internal("/evenements", 1, confirmed)).toBe(internal("/evenements"));
    expect(internal("/evenements/un-evenement", 1, confirmed)).toBe(internal("/evenements/un-evenement"));
    // A new day: the "à vérifier" badges and the freshness filter move with time.
    expect(internal("/startups/neptunia-analytics", 1, { day: "2026-03-02" })).not.toBe(internal("/startups/neptunia-analytics"));
    expect(internal("/startups", 1, { day: "2026-03-02" })).not.toBe(internal("/startups"));
  });
});

describe("the agenda's cache keys", () => {
  it("move when an event ends, within the day; the directory's and an event page's do not", () => {
    const ended = { lastEventEnd: Date.parse("2026-03-01T18:00:00Z") };
    expect(internal("/evenements", 1, ended)).not.toBe(internal("/evenements"));
    expect(internal("/evenements?metropole=caen", 1, ended)).not.toBe(internal("/evenements?metropole=caen"));
    expect(internal("/evenements", 1, ended)).toBe(internal("/evenements", 1, { ...ended }));
    expect(internal("/startups", 1, ended)).toBe(internal("/startups"));
    expect(internal("/evenements/un-evenement", 1, ended)).toBe(internal("/evenements/un-evenement"));
  });

  it("share one entry for equivalent filters, and carry today's Paris date", async () => {
    const { EVENTS_PAGE, EVENT_PAGE } = await import("./page-cache");
    const { parisToday } = await import("@/lib/events/params");
    const path = internal("/evenements?gratuit=1&metropole=caen&_rsc=x&type=inconnu");
    expect(path).toBe(internal("/evenements?metropole=caen&gratuit=1"));
    expect(path).not.toBe(internal("/evenements?metropole=rouen&gratuit=1"));
    const key = path!.split("/").at(-1)!;
    expect(stateFromKey(EVENTS_PAGE, key)).toBe(`jour=${parisToday()}&metropole=caen&gratuit=1`);
    // A key for another day is not one a public URL gets today: refused, so the cache cannot be filled with it.
    expect(stateFromKey(EVENTS_PAGE, encode("jour=2001-01-01&metropole=caen&gratuit=1"))).toBeNull();
    expect(internal("/evenements/meetup-ia-2026-03-28")).toBe(`${INTERNAL_PREFIX}evenement/1/${encode("meetup-ia-2026-03-28")}`);
    expect(stateFromKey(EVENT_PAGE, encode("meetup-ia-2026-03-28"))).toBe("meetup-ia-2026-03-28");
    // The feeds are not pages: they are not rewritten.
    expect(internal("/evenements/calendrier.ics")).toBeNull();
    expect(internal("/evenements/un-evenement/calendrier.ics")).toBeNull();
  });
});
