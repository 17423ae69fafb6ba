"use client";
// The current language in client components: the `[lang]` route param, which every page has
// (the proxy rewrites French URLs to `/fr/…`). Apart from ./client, whose `useT()` imports both
// dictionaries: a module that only needs the language must not ship them (the error boundary is
// loaded with every page).
import { useParams } from "next/navigation";
import { DEFAULT_LANG, isLang, localePath, type Lang } from "./lang";

export function useLang(): Lang {
  const params = useParams<{ lang?: string }>();
  return isLang(params?.lang) ? params.lang : DEFAULT_LANG;
}

/** `(path) => path in the current language`, for links built on the client. */
export function useHref(): (path: string) => string {
  const lang = useLang();
  return (path) => localePath(lang, path);
}
