"use client";
// The current path and query, read from the address bar after hydration (null on the server and
// during hydration), so that cached HTML is the same for everyone and never disagrees with it.
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}

export function useCurrentLocation(): string | null {
  return useSyncExternalStore(subscribe, currentLocation, () => null);
}
