"use client";
// One listener for all the links inside (the directory map's 173 communes): with JavaScript, a
// plain click on a link of this site navigates in place, as next/link would (the results update
// without a reload, the scroll position stays); without it, the links are ordinary links. One
// client component instead of one next/link per commune keeps their props out of the page's
// payload and their hydration off the browser's main thread (issue 13).
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

export function SoftLinks({ children }: { children: ReactNode }) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a[href]");
    if (!link || !event.currentTarget.contains(link) || link.hasAttribute("download") || (link.getAttribute("target") ?? "_self") !== "_self") return;
    const url = new URL(link.getAttribute("href")!, window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(`${url.pathname}${url.search}${url.hash}`, { scroll: false });
  };
  // The links inside take the focus and the keys; this only listens to the clicks they bubble.
  return <div onClick={onClick}>{children}</div>;
}
