"use client";
// A first visit whose browser prefers the other language is offered it, never sent there: a
// banner with both choices, each of which is remembered (/langue sets the cookie), after which
// the banner never shows again. Decided in the browser, after mount, so that cached pages stay
// the same for everyone.
import { useSyncExternalStore } from "react";
import { LANG_COOKIE, switchHref, type Lang } from "@/lib/i18n/lang";

function prefersLanguage(languages: readonly string[], lang: string): boolean {
  const first = languages[0]?.toLowerCase() ?? "";
  return first === lang || first.startsWith(`${lang}-`);
}

function shouldOffer(target: string): boolean {
  const chosen = document.cookie.split(/;\s*/).some((part) => part.startsWith(`${LANG_COOKIE}=`));
  return !chosen && prefersLanguage(navigator.languages ?? [navigator.language], target);
}

// Nothing here changes while the page is open (choosing goes through /langue, a new page).
const subscribeToNothing = () => () => {};

type Props = {
  lang: Lang;
  target: Lang;
  /** The invitation in the language it offers (`target`). */
  offer: { label: string; text: string; accept: string };
  /** The way to decline, in the page's own language. */
  decline: string;
};

/** The layout passes the words, so that no dictionary ships to the browser. */
export function LanguageOffer({ lang, target, offer, decline }: Props) {
  const current = useSyncExternalStore(
    subscribeToNothing,
    () => (shouldOffer(target) ? `${window.location.pathname}${window.location.search}` : null),
    () => null,
  );
  if (current === null) return null;
  return (
    <aside aria-label={offer.label} lang={target} className="border-b border-brand-100 bg-brand-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm text-slate-800">
        <p>{offer.text}</p>
        <a href={switchHref(target, current)} hrefLang={target} className="font-semibold text-brand-800 underline">
          {offer.accept}
        </a>
        <a href={switchHref(lang, current)} hrefLang={lang} lang={lang} className="text-brand-800 underline">
          {decline}
        </a>
      </div>
    </aside>
  );
}
