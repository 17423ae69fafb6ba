"use client";
// The link to the same page in the other language, in the header of every page. It goes through
// /langue, which remembers the choice (a cookie) before opening the twin page. Server-rendered
// (and in every cached page) it names no page: /langue then uses the Referer. Once the page has
// mounted it names the current path and query, read from the address bar, so the cached HTML is
// the same for everyone and never disagrees with hydration.
import { currentLocation, useCurrentLocation } from "@/components/i18n/current-location";
import { switchHref, type Lang } from "@/lib/i18n/lang";

/**
 * `invitation` is written in the language it leads to (`target`), and marked so (lang), for
 * readers of that language; the layout passes it, so no dictionary ships to the browser.
 */
export function LanguageSwitch({ target, invitation }: { target: Lang; invitation: { label: string; title: string } }) {
  const location = useCurrentLocation();
  // The search changes the address in place (no navigation, no popstate): read it again whenever
  // the link is about to be used.
  const update = (event: { currentTarget: HTMLAnchorElement }) => {
    event.currentTarget.href = switchHref(target, currentLocation());
  };
  return (
    <a
      href={switchHref(target, location ?? undefined)}
      onFocus={update}
      onPointerEnter={update}
      onClick={update}
      hrefLang={target} lang={target} title={invitation.title} className="rounded border border-white/60 px-2 py-0.5 hover:underline">
      {invitation.label}
    </a>
  );
}
