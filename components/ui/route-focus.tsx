"use client";
// After a client-side navigation to another page, Next keeps the focus where it was: on the link
// that was clicked, which the old page took away with it, so keyboard and screen-reader users are
// left on <body> at the top of the document. This moves the focus to the new page's heading (or
// its main region), as a full page load would put them at its start. Only when the path changes:
// the search updates its own results in place, with the same path, and keeps the focus in the form.
// A message that takes the focus itself (FocusOnMount) keeps it.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export const FOCUS_OWNER_ATTRIBUTE = "data-takes-focus";

export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // After the new page's own effects (a notice taking the focus) have run.
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active?.closest(`[${FOCUS_OWNER_ATTRIBUTE}]`)) return;
      const main = document.getElementById("contenu");
      const heading = main?.querySelector<HTMLElement>("h1");
      const target = heading ?? main;
      if (!target) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return null;
}
