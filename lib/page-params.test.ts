import { describe, expect, it } from "vitest";
import { lookup, singleParam } from "./page-params";

describe("page parameters", () => {
  it("takes the first of repeated values and cuts it", () => {
    expect(singleParam(["a", "b"])).toBe("a");
    expect(singleParam("x".repeat(600))).toHaveLength(500);
    expect(singleParam(undefined)).toBeUndefined();
  });

  it("drops control characters, which PostgreSQL would refuse in a query (a NUL byte)", () => {
    expect(singleParam("ca\u0000en\u001f\u007f")).toBe("caen");
    expect(singleParam("Hérouville-Saint-Clair")).toBe("Hérouville-Saint-Clair");
  });

  it("finds own keys only", () => {
    expect(lookup({ a: 1 }, "__proto__")).toBeUndefined();
    expect(lookup({ a: 1 }, "constructor")).toBeUndefined();
    expect(lookup({ a: 1 }, ["a"])).toBe(1);
  });
});
