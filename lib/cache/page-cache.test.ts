import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search/params";
import { cacheKey, DIRECTORY_PAGE, INTERNAL_PREFIX, internalPath, queryFromKey, rawParams, STATISTICS_PAGE } from "./page-cache";

const key = (query: string, page = DIRECTORY_PAGE) => cacheKey(page, new URLSearchParams(query));
const encode = (text: string) => Buffer.from(text).toString("base64url");

describe("the directory page's cache key", () => {
  it("is the same for equivalent URLs, so they share one cache entry", () => {
    const expected = key("q=robo&metropole=caen&secteur=ia-data");
    expect(key("metropole=caen&q=robo&secteur=ia-data")).toBe(expected);
    // Defaults spelled out, unknown parameters (the router's own `_rsc`) and invalid values.
    expect(key("q=robo&metropole=caen&secteur=ia-data&tri=pertinence&page=1&_rsc=abc&stade=licorne&annee_min=12")).toBe(expected);
    expect(key("q=%20robo%20&metropole=caen&metropole=caen&secteur=ia-data")).toBe(expected);
    expect(key("")).toBe(key("tri=pertinence&page=1"));
  });

  it("differs whenever the search state differs", () => {
    const keys = ["", "q=robo", "q=robot", "q=robo&page=2", "q=robo&tri=nom", "q=robo&recrute=1", "metropole=caen", "metropole=rouen", "commune=14118"].map((query) => key(query));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("round-trips to the same search state, whatever the text typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.subarray(["caen", "le-havre", "rouen"]), fc.integer({ min: 1, max: 600 }), (q, metropolises, page) => {
        const query = new URLSearchParams({ q, page: String(page) });
        for (const metropolis of metropolises) query.append("metropole", metropolis);
        const stateKey = cacheKey(DIRECTORY_PAGE, query);
        // One path segment, whatever the text contains (slashes, `?`, `%`, accents…).
        expect(stateKey).toMatch(/^[A-Za-z0-9_-]+$/);
        const back = queryFromKey(DIRECTORY_PAGE, stateKey);
        expect(back && parseSearchParams(rawParams(back))).toEqual(parseSearchParams(rawParams(query)));
      }),
    );
  });

  it("refuses keys that are not canonical, so nobody can fill the cache with variants", () => {
    expect(queryFromKey(DIRECTORY_PAGE, encode("page=1&q=robo"))).toBeNull();
    expect(queryFromKey(DIRECTORY_PAGE, encode("q=robo&_rsc=1"))).toBeNull();
    expect(queryFromKey(DIRECTORY_PAGE, key("q=robo"))?.toString()).toBe("q=robo");
    expect(queryFromKey(DIRECTORY_PAGE, "-")?.toString()).toBe("");
  });
});

describe("the statistics page's cache key", () => {
  it("keeps only a valid metropolis", () => {
    expect(key("metropole=caen&x=1", STATISTICS_PAGE)).toBe(key("metropole=caen", STATISTICS_PAGE));
    expect(key("metropole=paris", STATISTICS_PAGE)).toBe(key("", STATISTICS_PAGE));
    expect(queryFromKey(STATISTICS_PAGE, key("metropole=rouen", STATISTICS_PAGE))?.get("metropole")).toBe("rouen");
    expect(queryFromKey(STATISTICS_PAGE, encode("metropole=paris"))).toBeNull();
  });
});

describe("the internal path", () => {
  it("names the page and the directory version, so a new version never reads an old entry", () => {
    const query = new URLSearchParams("q=robo");
    expect(internalPath(DIRECTORY_PAGE, 41, query)).toBe(`${INTERNAL_PREFIX}annuaire/41/${key("q=robo")}`);
    expect(internalPath(DIRECTORY_PAGE, 42, query)).not.toBe(internalPath(DIRECTORY_PAGE, 41, query));
    expect(internalPath(STATISTICS_PAGE, 41, new URLSearchParams("metropole=caen"))).toBe(`${INTERNAL_PREFIX}statistiques/41/${key("metropole=caen", STATISTICS_PAGE)}`);
  });
});
