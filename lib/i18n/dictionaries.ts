// Both dictionaries, by language. Kept apart from ./lang (pure URL and cookie helpers) so that a
// client component can use those helpers without shipping the two dictionaries, about 30 kB
// gzipped, to the browser: the public pages' client components take their words as props.
import type { Dictionary } from "./dictionary";
import { en } from "./en";
import { fr } from "./fr";
import type { Lang } from "./lang";

export function dictionaryFor(lang: Lang): Dictionary {
  return lang === "en" ? en : fr;
}
