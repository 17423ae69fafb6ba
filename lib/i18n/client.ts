"use client";
// The current language in client components: the `[lang]` route param, which every page has
// (the proxy rewrites French URLs to `/fr/…`). Both dictionaries ship to the browser; the
// language picks one at render, so server and client render the same text.
import { useParams } from "next/navigation";
import type { Dictionary } from "./dictionary";
import { DEFAULT_LANG, dictionaryFor, isLang, localePath, type Lang } from "./lang";

export function useLang(): Lang {
  const params = useParams<{ lang?: string }>();
  return isLang(params?.lang) ? params.lang : DEFAULT_LANG;
}

export function useT(): Dictionary {
  return dictionaryFor(useLang());
}

/** `(path) => path in the current language`, for links built on the client. */
export function useHref(): (path: string) => string {
  const lang = useLang();
  return (path) => localePath(lang, path);
}
