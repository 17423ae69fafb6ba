import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearchParams, type RawParams } from "./params";
import { INTERNAL_DIRECTORY_PREFIX, internalDirectoryPath, searchStateFromKey, searchStateKey } from "./page-cache";

const key = (query: string) => searchStateKey(new URLSearchParams(query));

function raw(query: string): RawParams {
  const params = new URLSearchParams(query);
  return Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)]));
}

describe("the directory page cache key", () => {
  it("is the same for equivalent URLs, so they share one cache entry", () => {
    const expected = key("q=robo&metropole=caen&secteur=ia-data");
    expect(key("metropole=caen&q=robo&secteur=ia-data")).toBe(expected);
    // Defaults spelled out, unknown parameters (the router's own `_rsc`) and invalid values.
    expect(key("q=robo&metropole=caen&secteur=ia-data&tri=pertinence&page=1&_rsc=abc&stade=licorne&annee_min=12")).toBe(expected);
    expect(key("q=%20robo%20&metropole=caen&metropole=caen&secteur=ia-data")).toBe(expected);
    expect(key("")).toBe(key("tri=pertinence&page=1"));
  });

  it("differs whenever the search state differs", () => {
    const keys = ["", "q=robo", "q=robot", "q=robo&page=2", "q=robo&tri=nom", "q=robo&recrute=1", "metropole=caen", "metropole=rouen", "commune=14118"].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("round-trips to the same search state, whatever the text typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.subarray(["caen", "le-havre", "rouen"]), fc.integer({ min: 1, max: 600 }), (q, metropolises, page) => {
        const query = new URLSearchParams({ q, page: String(page) });
        for (const metropolis of metropolises) query.append("metropole", metropolis);
        const stateKey = searchStateKey(query);
        // One path segment, whatever the text contains (slashes, `?`, `%`, accents…).
        expect(stateKey).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(searchStateFromKey(stateKey)).toEqual(parseSearchParams(raw(query.toString())));
      }),
    );
  });

  it("refuses keys that are not canonical, so nobody can fill the cache with variants", () => {
    const variant = Buffer.from("page=1&q=robo").toString("base64url");
    expect(searchStateFromKey(variant)).toBeNull();
    expect(searchStateFromKey(Buffer.from("q=robo&_rsc=1").toString("base64url"))).toBeNull();
    expect(searchStateFromKey(key("q=robo"))).toEqual(parseSearchParams({ q: "robo" }));
    expect(searchStateFromKey("-")).toEqual(parseSearchParams({}));
  });

  it("names the directory version in the internal path, so a new version never reads an old entry", () => {
    const query = new URLSearchParams("q=robo");
    expect(internalDirectoryPath(41, query)).toBe(`${INTERNAL_DIRECTORY_PREFIX}41/${key("q=robo")}`);
    expect(internalDirectoryPath(42, query)).not.toBe(internalDirectoryPath(41, query));
  });
});
