// The current request's language on the server, so that a component or a domain function deep in
// the tree reads its dictionary with `dictionary()` instead of being handed the language through every
// call. Two sources, because Next gives the language in two ways:
// - a page or layout render: the `[lang]` route param. Each page and layout calls `enterLang`
//   (Next renders layouts and pages separately, and a client navigation renders only the page),
//   which records it in a React `cache()` store: one per render request, nothing shared between
//   requests, and nothing that makes a cached page dynamic (no `headers()`).
// - a server action: it has no route params; `withRequestLang` (run by `unlessDatabaseDown`,
//   which wraps every action) reads the header the proxy sets and runs the action in an
//   AsyncLocalStorage scope.
// Outside both (scripts, tests, route handlers), French: the site's first language.
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import type { Metadata } from "next";
import type { Dictionary } from "./dictionary";
import { DEFAULT_LANG, isLang, LANG_HEADER, localePath, type Lang } from "./lang";
import { dictionaryFor } from "./dictionaries";

const actionLang = new AsyncLocalStorage<Lang>();
const renderLang = cache((): { lang: Lang | null } => ({ lang: null }));

/** Records the language of the page being rendered; returns it. Unknown values are French. */
export async function enterLang(params: Promise<{ lang: string }> | { lang: string }): Promise<Lang> {
  const { lang } = await params;
  const chosen = isLang(lang) ? lang : DEFAULT_LANG;
  renderLang().lang = chosen;
  return chosen;
}

/** Runs a server action in the language the proxy found in its URL. */
export async function withRequestLang<T>(action: () => Promise<T>): Promise<T> {
  let lang: Lang = DEFAULT_LANG;
  try {
    const { headers } = await import("next/headers");
    const value = (await headers()).get(LANG_HEADER);
    if (isLang(value)) lang = value;
  } catch {
    // Outside a request (a test calling the action directly): French.
  }
  return actionLang.run(lang, action);
}

/** Runs `work` in a given language: a mail rendered in its recipient's, a test. */
export function inLang<T>(lang: Lang, work: () => T): T {
  return actionLang.run(lang, work);
}

export function currentLang(): Lang {
  return actionLang.getStore() ?? renderLang().lang ?? DEFAULT_LANG;
}

/** The dictionary of the current request's language. */
export function dictionary(): Dictionary {
  return dictionaryFor(currentLang());
}

/** A site path in the current language: `/startups` or `/en/startups`. */
export function href(path: string): string {
  return localePath(currentLang(), path);
}

/**
 * A page's metadata in its language, with its `hreflang` alternates: `path` is the page's public
 * path without the language prefix (`/a-propos`, `/startups/neptunia`). For `generateMetadata`:
 *   export const generateMetadata = localizedMetadata("/a-propos", (d) => ({ title: d.about.title }));
 */
export function localizedMetadata<P extends { lang: string }>(
  path: string | ((params: P) => string),
  build: (d: Dictionary, params: P) => Metadata | Promise<Metadata>,
): (props: { params: Promise<P> }) => Promise<Metadata> {
  return async ({ params }) => {
    const resolved = await params;
    const lang = await enterLang(resolved);
    const publicPath = typeof path === "string" ? path : path(resolved);
    const metadata = await build(dictionaryFor(lang), resolved);
    return { ...metadata, alternates: { ...alternatesFor(publicPath, lang), ...metadata.alternates } };
  };
}

/** The canonical URL of a page in a language and its twins (`hreflang`), French as x-default. */
export function alternatesFor(path: string, lang: Lang): NonNullable<Metadata["alternates"]> {
  return {
    canonical: localePath(lang, path),
    languages: { "fr-FR": path, "en-GB": localePath("en", path), "x-default": path },
  };
}
