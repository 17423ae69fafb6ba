import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classBounds, classOf, MAX_CLASSES, PALETTE } from "./classes";

describe("map classes", () => {
  it("cut the positive values into groups of about equal size, zero apart", () => {
    // 12 positive values in 5 groups: cuts near 2.4, 4.8, 7.2 and 9.6 values, moved past ties.
    const values = [0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 8, 13, 21, 40];
    const classes = classBounds(values);
    expect(classes.map(({ min, max }) => [min, max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 13],
      [21, 40],
    ]);
    expect(classes.map((item) => item.color)).toEqual([...PALETTE]);
    expect(classOf(classes, 0)).toBeNull();
    expect(classOf(classes, 3)!.max).toBe(4);
    expect(classOf(classes, 40)!.min).toBe(21);
  });

  it("never make more classes than distinct values, and spread the palette over them", () => {
    expect(classBounds([0, 0])).toEqual([]);
    expect(classBounds([0, 7, 7, 7])).toEqual([{ min: 7, max: 7, color: PALETTE[2] }]);
    const two = classBounds([1, 1, 9]);
    expect(two.map(({ min, max }) => [min, max])).toEqual([
      [1, 1],
      [9, 9],
    ]);
    expect(two.map((item) => item.color)).toEqual([PALETTE[0], PALETTE[4]]);
  });

  it("hold for any values: ordered, disjoint, covering, and each value in the class of its bounds", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0.1, max: 99, noNaN: true })), { maxLength: 200 }), (values) => {
        const classes = classBounds(values);
        const positive = values.filter((value) => value > 0);
        expect(classes.length).toBeLessThanOrEqual(Math.min(MAX_CLASSES, new Set(positive).size));
        if (positive.length === 0) return;
        expect(classes[0]!.min).toBe(Math.min(...positive));
        expect(classes.at(-1)!.max).toBe(Math.max(...positive));
        for (let index = 0; index < classes.length; index++) {
          expect(classes[index]!.min).toBeLessThanOrEqual(classes[index]!.max);
          if (index > 0) expect(classes[index]!.min).toBeGreaterThan(classes[index - 1]!.max);
        }
        expect(new Set(classes.map((item) => item.color)).size).toBe(classes.length);
        for (const value of positive) {
          const found = classOf(classes, value)!;
          expect(value).toBeGreaterThanOrEqual(found.min);
          expect(value).toBeLessThanOrEqual(found.max);
        }
        for (const item of classes) expect(positive.some((value) => value >= item.min && value <= item.max)).toBe(true);
      }),
    );
  });
});
