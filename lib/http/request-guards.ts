// Requests that Next itself would answer with a 500, refused first by proxy.ts with a 4xx and a
// French sentence (found by the fuzz test, scripts/fuzz):
// - a path with a malformed percent escape in a dynamic segment (`/sitemaps/%ff`): Next means to
//   answer 400 but the App Router has no /400 page, so it falls back to a bare 500;
// - a possible server action (a form post, or a Next-Action call) whose Origin is not the host it
//   was sent to: Next aborts it (CSRF) by throwing, which is a 500; an Origin that is not a URL
//   makes it throw too;
// - a Next-Action call whose plain-text arguments are not what React's client ever sends (not a
//   JSON array, or a reference to parts that a plain-text body cannot have), a form post whose
//   action fields (`$ACTION_1:0`…, rendered by React as JSON) are not JSON, a multipart Next-Action
//   call whose argument parts exceed React's decoding limit, or a multipart body without a boundary: React's decoder, or the multipart parser, throws on them;
// - a server action's body past Next's limit (a logo of several megabytes sent without
//   JavaScript): Next throws "Body exceeded", a 500; the proxy answers 413 first;
// - an address past MAX_URL_LENGTH: Next echoes it in its rewrite header, and a redirect echoes it
//   again (encoded, in `Location`), so the answer's headers outgrow what HTTP clients accept
//   (Node's fetch stops at 16 kB: "Headers Overflow"). No address of the site comes near it.
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/http/action-body-limit.js";
import { currentLang, dictionary } from "@/lib/i18n/server";

export function refusal(status: 400 | 403 | 405 | 413 | 414, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

/**
 * A public page while the database cannot be reached: a small page with 503, in the language of the URL, which a
 * browser shows and a client or a load balancer understands (Retry-After), instead of a bare 500.
 */
export function unavailablePage(): Response {
  const t = dictionary().messages.requests;
  const html = `<!DOCTYPE html><html lang="${currentLang()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.unavailableTitle}</title></head><body><main><h1>${t.unavailableTitle}</h1><p>${t.unavailable}</p></main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" } });
}

export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

type Read = (name: string) => string | null;

/** What Next treats as a possible server action (app-render/server-action-request-meta). */
export function isPossibleServerAction(method: string, read: Read): boolean {
  if (method !== "POST") return false;
  const type = read("content-type") ?? "";
  return read("next-action") !== null || type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/** Next's CSRF rule (app-render/action-handler): the Origin's host must be the forwarded host, or the Host. */
export function hasForeignOrigin(read: Read): boolean {
  const origin = read("origin");
  if (origin === null) return false; // Next lets a request without Origin through (not a browser's).
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = read("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || read("host");
  return !host || originHost !== host;
}

// The inline values React's client may write in a plain-text reply ("$$…" escapes a string that
// starts with "$"); every other "$" reference points at a part that only a multipart body has.
const INLINE_REFERENCE = /^\$(\$|undefined$|Infinity$|-Infinity$|NaN$|-0$|n-?\d+$|D.)/;

function hasPartReference(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !INLINE_REFERENCE.test(value);
  if (Array.isArray(value)) return value.some(hasPartReference);
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => hasPartReference(key) || hasPartReference(item));
  return false;
}

// React's decoder counts the array slots of a reply (strings inside arrays by their length) and
// throws past a million; plain-text replies from our forms are a few hundred characters.
const MAX_PLAIN_ACTION_BODY = 1_000_000;

/** A plain-text Next-Action body that React's client could have sent: a JSON array, with inline values only. */
export function isPlausibleActionBody(body: string): boolean {
  if (body.length > MAX_PLAIN_ACTION_BODY) return false;
  try {
    const args: unknown = JSON.parse(body);
    return Array.isArray(args) && !hasPartReference(args);
  } catch {
    return false;
  }
}

/** The longest path and query the site answers, in characters as sent. */
export const MAX_URL_LENGTH = 2048;

/** The 4xx for a request that Next would answer with a 500 (or with headers no client reads), or null. */
export async function guardRequest(request: Request, pathname: string): Promise<Response | null> {
  const t = dictionary().messages.requests;
  const url = new URL(request.url);
  if (url.pathname.length + url.search.length > MAX_URL_LENGTH) return refusal(414, t.uriTooLong(MAX_URL_LENGTH));
  if (isMalformedPath(pathname)) return refusal(400, t.malformedPath);
  const read = (name: string) => request.headers.get(name);
  // Route handlers never run server actions; next-auth's own posts are checked by next-auth.
  if (pathname.startsWith("/api/") || !isPossibleServerAction(request.method, read)) return null;
  if (hasForeignOrigin(read)) return refusal(403, t.foreignOrigin);
  if (await exceedsActionBodyLimit(request)) return refusal(413, t.bodyTooLarge);
  const type = read("content-type") ?? "";
  const multipart = type.startsWith("multipart/form-data");
  if (multipart && !/;\s*boundary=("[^"]+"|[^\s;]+)/i.test(type)) return refusal(400, t.malformedAction);
  if (read("next-action") !== null) {
    if (!multipart && !isPlausibleActionBody(await request.clone().text())) return refusal(400, t.malformedAction);
    if (multipart && !(await hasBoundedModelParts(request))) return refusal(400, t.malformedAction);
  } else if (multipart && !(await hasWellFormedActionFields(request))) {
    return refusal(400, t.malformedAction);
  }
  return null;
}

/** The declared length when there is one; otherwise (a chunked body) the body read whole. */
async function exceedsActionBodyLimit(request: Request): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared)) return Number(declared) > ACTION_BODY_LIMIT_BYTES;
  return (await request.clone().arrayBuffer()).byteLength > ACTION_BODY_LIMIT_BYTES;
}

/**
 * A multipart Next-Action call (React's client sends one when the arguments hold a FormData): its
 * numbered parts are the JSON of the arguments, decoded with the same million-slot limit as a
 * plain-text body; the form's own fields (`1_name`…) and files are not counted.
 */
async function hasBoundedModelParts(request: Request): Promise<boolean> {
  const form = await parsedForm(request);
  if (!form) return false;
  let modelLength = 0;
  for (const [name, value] of form) if (/^\d+$/.test(name) && typeof value === "string") modelLength += value.length;
  return modelLength <= MAX_PLAIN_ACTION_BODY;
}

/** A form post without JavaScript: the `$ACTION_<n>:<i>` fields React rendered hold JSON. */
async function hasWellFormedActionFields(request: Request): Promise<boolean> {
  const form = await parsedForm(request);
  if (!form) return false;
  for (const [name, value] of form) {
    if (!/^\$ACTION_\d+:\d+$/.test(name)) continue;
    try {
      JSON.parse(typeof value === "string" ? value : "");
    } catch {
      return false;
    }
  }
  return true;
}

/** The multipart body parsed from a copy (the action still reads the original), or null if it does not parse. */
async function parsedForm(request: Request): Promise<FormData | null> {
  try {
    return await request.clone().formData();
  } catch {
    return null;
  }
}
