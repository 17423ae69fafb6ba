// Runs once per server process before any request (not during `next build`: the build must not
// open the database). NEXT_RUNTIME and NEXT_PHASE are read here, not through lib/config.ts: Next
// inlines them at build time.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The configuration first, before anything reads it: a wrong variable stops the server with one
  // French line naming it (lib/config.ts), whichever module would have read it first.
  const { checkedConfig, startServer } = await import("@/lib/server/start");
  const settings = checkedConfig();
  // Before any request is served: the rate limits count the socket's address, not a header.
  const { installClientIpStamp } = await import("@/lib/http/client-ip-stamp");
  installClientIpStamp();
  await startServer(settings);
}

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type ErrorContext = { routerKind: string; routePath: string; routeType: string };

/**
 * Every server error, with the digest the user sees on the error page, its route and its stack.
 * The path loses its query string: it may hold a token (a reset link).
 */
export async function onRequestError(error: unknown, request: RequestInfo, context: ErrorContext) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const digest = (error as { digest?: string } | null)?.digest;
  log().error(
    {
      digest,
      route: context.routePath,
      routeType: context.routeType,
      method: request.method,
      path: request.path.split("?")[0],
      err: error,
    },
    "request: server error",
  );
}
