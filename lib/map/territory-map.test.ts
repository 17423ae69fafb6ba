// Two maps on one page (a profile and a statistics map, say) must not repeat an id, and each
// map's references must point at its own definitions.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TerritoryMap } from "@/components/map/territory-map";
import { mapGeometry } from "./geometry";

function map(id: string) {
  return createElement(TerritoryMap, {
    id,
    geometry: mapGeometry("caen", 400),
    title: `Carte ${id}`,
    // Caen has a value, every other commune is zero and hatched.
    values: { "14118": 3 },
    describe: (commune) => commune.name,
    legendTitle: "Startups",
    formatBound: String,
  });
}

describe("the territory map's ids", () => {
  it("are prefixed with the map's id, so two maps on one page repeat none, and each references its own", () => {
    const first = renderToStaticMarkup(map("carte-a"));
    const second = renderToStaticMarkup(map("carte-b"));
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
    const all = [...ids(first), ...ids(second)];
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
    expect(ids(first).every((id) => id.startsWith("carte-a-"))).toBe(true);

    const references = (html: string) => [...html.matchAll(/url\(#([^)]+)\)|aria-labelledby="([^"]+)"/g)].map((match) => match[1] ?? match[2]!);
    for (const html of [first, second]) {
      expect(references(html)).toContain(ids(html).find((id) => id.endsWith("-zero")));
      for (const reference of references(html)) expect(ids(html)).toContain(reference);
    }
  });
});
