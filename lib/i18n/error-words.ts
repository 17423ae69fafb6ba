// The error pages' words in both languages, for the error boundaries (client components that
// every page loads): a few hundred bytes instead of both dictionaries.
import { enError } from "./en-error";
import { frError } from "./fr-error";
import type { Lang } from "./lang";

export function errorWords(lang: Lang): typeof frError {
  return lang === "en" ? enError : frError;
}
