// next-auth 4 checks the `callbackUrl` query parameter and its callback-url cookie before anything
// else, and answers a value that is not an http(s) URL or a path ("abc", "%", a stray byte) with
// a 500 "server configuration" error, on every one of its routes. app/api/auth refuses those
// requests first with a 400 (found by the fuzz test, scripts/fuzz).
import { config } from "@/lib/config";

export const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own test (core/lib/assert.js isValidHttpUrl), against its base URL. */
export function isValidCallbackUrl(value: string, base = `${config().NEXTAUTH_URL.replace(/\/$/, "")}/api/auth`): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValues(header: string | null, names: string[]): string[] {
  const values: string[] = [];
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || !names.includes(part.slice(0, at).trim())) continue;
    const raw = part.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
    try {
      values.push(decodeURIComponent(raw));
    } catch {
      values.push(raw);
    }
  }
  return values;
}

/** Where a request carries a callback URL that next-auth would answer with a 500: "query", "cookie", or null. */
export function invalidCallbackUrl(request: Request): "query" | "cookie" | null {
  const query = new URL(request.url).searchParams.getAll("callbackUrl");
  if (query.some((value) => value !== "" && !isValidCallbackUrl(value))) return "query";
  const cookies = cookieValues(request.headers.get("cookie"), CALLBACK_COOKIES);
  if (cookies.some((value) => value !== "" && !isValidCallbackUrl(value))) return "cookie";
  return null;
}
