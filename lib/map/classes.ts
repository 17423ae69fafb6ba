// Classes for shading a choropleth map: zero stands apart, the other values are cut into at most
// five groups of about equal size (quantiles), never splitting equal values, so that each class
// holds communes and its bounds are values that occur.

/** ColorBrewer YlGnBu, 5 classes: sequential, and told apart by colour-blind readers. */
export const PALETTE = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"] as const;
// Communes with nothing get white under grey hatching (components/map/territory-map), unlike any class.

export type MapClass = { min: number; max: number; color: string };

export const MAX_CLASSES = PALETTE.length;

/** The classes for these values (zeros and negatives ignored), lowest first. */
export function classBounds(values: readonly number[], maxClasses = MAX_CLASSES): MapClass[] {
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const distinct = new Set(positive).size;
  const count = Math.min(maxClasses, distinct);
  const classes: { min: number; max: number }[] = [];
  let start = 0;
  for (let index = 0; index < count && start < positive.length; index++) {
    // The end of this group is at its quantile, moved on past any value equal to its last one.
    let end = Math.max(start + 1, Math.round(((index + 1) * positive.length) / count));
    while (end < positive.length && positive[end] === positive[end - 1]) end++;
    if (index === count - 1) end = positive.length;
    classes.push({ min: positive[start]!, max: positive[end - 1]! });
    start = end;
  }
  // Spread the palette over the classes there are, so that two classes never look alike.
  const step = classes.length > 1 ? (PALETTE.length - 1) / (classes.length - 1) : 0;
  return classes.map((bounds, index) => ({ ...bounds, color: PALETTE[classes.length === 1 ? 2 : Math.round(index * step)]! }));
}

/** The class a value falls in, or null for zero (or no value). */
export function classOf(classes: readonly MapClass[], value: number): MapClass | null {
  if (!(value > 0)) return null;
  return classes.find((item) => value <= item.max) ?? classes.at(-1) ?? null;
}
