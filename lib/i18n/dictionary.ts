// The shape every dictionary must have: the French dictionary's type with its literal strings
// widened to `string`. `typeof fr` itself says `site.name` is exactly "Normandy French Tech";
// another language needs the same keys, the same tuples and the same function parameters, but
// its own text. A type-only import: this file adds nothing to any bundle and cannot create an
// import cycle with ./fr.
import type { fr } from "./fr";

/**
 * Widens every string, number and boolean literal type to its primitive, recursively:
 * - objects keep their keys, required stay required (a `satisfies Record<Metropolis, string>`
 *   object still needs every metropolis) and index signatures (`as Record<string, string>`) stay;
 * - tuples keep their length, element by element (`about.body` has three paragraphs), `null`
 *   stays `null` (an endpoint without an example);
 * - functions keep their parameter types and return the widened return type.
 * Every property and tuple becomes readonly, whether or not the French file used `as const`:
 * a dictionary is never written to.
 */
export type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends null | undefined
        ? T
        : T extends (...args: infer A) => infer R
          ? (...args: A) => Widen<R>
          : T extends object
            ? { readonly [K in keyof T]: Widen<T[K]> }
            : T;

/** The type every dictionary (French, English) satisfies. */
export type Dictionary = Widen<typeof fr>;

/**
 * True when A and B are the same type (not only mutually assignable). `satisfies Dictionary`
 * accepts a function that takes fewer parameters than the French one (TypeScript lets a callback
 * ignore trailing arguments); comparing `Widen<typeof en>` with `Dictionary` exactly does not.
 */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when given `true`: `type _ = Assert<Equal<X, Y>>`. */
export type Assert<T extends true> = T;
