// The site's two languages and how a URL carries one. French lives at the plain URLs (the site's
// first language, and every link shared since 2015); English at the same path under `/en`, so a
// French search URL and its English twin differ only by the prefix. Importable anywhere (server,
// client, proxy): no request state here, see ./server and ./client for the current language.

export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "fr";

/** The cookie that remembers a visitor's choice (set by /langue, read by the proxy for `/`). */
export const LANG_COOKIE = "langue";
/** The request header the proxy sets for server actions, which cannot read route params. */
export const LANG_HEADER = "x-nft-lang";

/** BCP 47 tags, for `<html lang>`, `hreflang` and Intl. */
export const LANG_TAGS: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}

/** A site path (`/startups?q=x`, `/`) in a language: unchanged in French, under `/en` in English. */
export function localePath(lang: Lang, path: string): string {
  if (lang === DEFAULT_LANG) return path;
  if (path === "/" || path === "") return "/en";
  if (path.startsWith("?")) return `/en${path}`;
  return `/en${path}`;
}

/**
 * The language of a public path and the path without its prefix: `/en/startups` → en,
 * `/startups`; `/en` → en, `/`; `/startups` → fr, `/startups`. `/english` is French (not a prefix).
 */
export function splitLangPrefix(pathname: string): { lang: Lang; path: string } {
  if (pathname === "/en") return { lang: "en", path: "/" };
  if (pathname.startsWith("/en/")) return { lang: "en", path: pathname.slice(3) };
  return { lang: DEFAULT_LANG, path: pathname };
}

/** The other language, for the switch. */
export function otherLang(lang: Lang): Lang {
  return lang === "fr" ? "en" : "fr";
}

/**
 * The same page in another language: `/startups?q=x` → `/en/startups?q=x` and back. `current`
 * is a path with its query, as the browser shows it.
 */
export function twinPath(current: string, target: Lang): string {
  const queryAt = current.search(/[?#]/);
  const pathname = queryAt === -1 ? current : current.slice(0, queryAt);
  const rest = queryAt === -1 ? "" : current.slice(queryAt);
  const { path } = splitLangPrefix(pathname || "/");
  return `${localePath(target, path)}${rest}`;
}

/** The route that records a language choice in the cookie, then opens the page in it. */
export function switchHref(target: Lang, current?: string): string {
  const query = new URLSearchParams({ vers: target });
  if (current) query.set("retour", current);
  return `/langue?${query}`;
}
