// The answer of a route handler or the proxy to a client over a rate limit: 429, the wait in
// Retry-After, and the French sentence (with the wait) as plain text.
import { dictionary } from "@/lib/i18n/server";
import { consumeRateLimit, formatWait, type RateLimit } from "@/lib/rate-limit";
import type { Executor } from "@/db/client";

export function tooManyRequests(retryAfterSeconds: number): Response {
  return new Response(dictionary().messages.rateLimit.tooManyRequests(formatWait(retryAfterSeconds)), {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))), "Cache-Control": "no-store" },
  });
}

/** null when the request may go on, otherwise the 429 to send. */
export async function limitOrRefuse(db: Executor, limit: RateLimit, key: string): Promise<Response | null> {
  const check = await consumeRateLimit(db, limit, key);
  return check.allowed ? null : tooManyRequests(check.retryAfterSeconds);
}
