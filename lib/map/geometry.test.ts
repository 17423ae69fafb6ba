import { geoArea } from "d3-geo";
import { describe, expect, it } from "vitest";
import { listCommunes } from "@/lib/territory";
import { METROPOLISES } from "@/lib/startups/options";
import { communeFeatures, mapGeometry } from "./geometry";
import { OUTLINE_FALLBACKS } from "./sources";

describe("the territory's outlines", () => {
  it("have a shape for every member commune of the package, and nothing else", () => {
    const members = listCommunes();
    expect(members).toHaveLength(173);
    const features = communeFeatures(null);
    const missing = features.filter(({ feature }) => !feature).map(({ commune }) => `${commune.code} ${commune.name}`);
    expect(missing).toEqual([]);
    const drawn = mapGeometry(null, 800).communes.filter((commune) => !commune.d && !commune.point);
    expect(drawn).toEqual([]);
  });

  it("draw a commune without a 2018 outline as a point, and every other one as an area", () => {
    for (const { commune, feature } of communeFeatures(null)) {
      const expected = OUTLINE_FALLBACKS[commune.code] ? "Point" : /Polygon$/;
      expect(feature!.geometry.type, commune.name).toMatch(expected);
      // d3-geo reads a ring wound the wrong way as the whole globe minus the commune.
      if (feature!.geometry.type !== "Point") expect(geoArea(feature!), commune.name).toBeLessThan(0.001);
    }
    expect(OUTLINE_FALLBACKS["14666"]).toBeDefined();
  });

  it("fit each scope in the requested width, with a scale bar of a round length", () => {
    for (const scope of [null, ...METROPOLISES]) {
      const geometry = mapGeometry(scope, 800);
      expect(geometry.width).toBe(800);
      expect(geometry.height).toBeGreaterThan(100);
      expect(geometry.height).toBeLessThan(1200);
      expect(geometry.metropolises.length).toBe(scope ? 1 : 3);
      for (const { label } of geometry.metropolises) {
        expect(label[0]).toBeGreaterThan(0);
        expect(label[0]).toBeLessThan(800);
        expect(label[1]).toBeGreaterThan(0);
        expect(label[1]).toBeLessThan(geometry.height);
      }
      expect([1, 2, 5, 10, 20, 50]).toContain(geometry.scaleBar.km);
      expect(geometry.scaleBar.px).toBeGreaterThan(20);
      expect(geometry.scaleBar.px).toBeLessThanOrEqual(160);
    }
    // The whole territory spans about 130 km from Caen's west to Rouen's east.
    const all = mapGeometry(null, 800);
    const widthKm = (800 / all.scaleBar.px) * all.scaleBar.km;
    expect(widthKm).toBeGreaterThan(120);
    expect(widthKm).toBeLessThan(160);
  });
});
