/** Only our own absolute paths are acceptable redirect targets: no scheme, no host, no "//". */
export function safeRedirectPath(candidate: string | null | undefined, fallback = "/espace"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  try {
    // A path that parses to another origin (e.g. "/\t/evil.example") is refused.
    const url = new URL(candidate, "http://placeholder.invalid");
    if (url.origin !== "http://placeholder.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/**
 * The sign-in page, coming back to `returnTo` afterwards (through safeRedirectPath on the way back,
 * so `returnTo` must be one of our paths, or the visitor lands on /espace instead).
 */
export function signInPath(returnTo: string): string {
  return `/compte/connexion?retour=${encodeURIComponent(returnTo)}`;
}
