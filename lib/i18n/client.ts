"use client";
// The dictionary of the current language in client components. `useT()` ships both dictionaries
// to the browser (about 30 kB gzipped), so only the forms of the signed-in pages use it; the
// public pages' client components take their words as props, and ./use-lang gives the language
// alone. The language picks one dictionary at render, so server and client render the same text.
import type { Dictionary } from "./dictionary";
import { dictionaryFor } from "./dictionaries";
import { useLang } from "./use-lang";

export { useHref, useLang } from "./use-lang";

export function useT(): Dictionary {
  return dictionaryFor(useLang());
}
