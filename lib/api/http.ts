// HTTP conventions of the open data API: open CORS for GET, ETags that change with the directory,
// short public caching, and JSON errors.
import { createHmac, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { dictionary } from "@/lib/i18n/server";
import type { ApiError } from "./params";

export const LICENCE = {
  name: "Licence Ouverte / Etalab 2.0",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
} as const;

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link",
} as const;

const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

// Keyed with the server's secret so that the ETag changes with the directory version without
// telling anyone the version (a write counter) or letting them compute the next one.
const etagKey = authSecret() ?? randomBytes(32).toString("hex");

/**
 * Weak ETag of a response: the directory version and the request URL determine the body, with
 * `moment` for bodies that also depend on the time (the agenda's "upcoming").
 */
export function etagFor(version: number, url: URL, moment = ""): string {
  const input = `${version}\n${url.pathname}?${url.searchParams.toString()}${moment ? `\n${moment}` : ""}`;
  const hash = createHmac("sha256", etagKey).update(input).digest("base64url").slice(0, 22);
  return `W/"${hash}"`;
}

export function notModified(request: Request, etag: string): Response | null {
  const header = request.headers.get("if-none-match");
  if (!header || !header.split(",").map((value) => value.trim()).includes(etag)) return null;
  return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ETag: etag, "Cache-Control": CACHE_CONTROL } });
}

export function jsonHeaders(etag: string): HeadersInit {
  return { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", ETag: etag, "Cache-Control": CACHE_CONTROL };
}

export function jsonResponse(body: unknown, etag: string): Response {
  return new Response(JSON.stringify(body), { headers: jsonHeaders(etag) });
}

export function csvResponse(body: ReadableStream<Uint8Array> | string, etag: string, filename: string): Response {
  return new Response(body, {
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      ETag: etag,
      "Cache-Control": CACHE_CONTROL,
    },
  });
}

export function badRequest(errors: ApiError[]): Response {
  return new Response(JSON.stringify({ error: dictionary().messages.api.invalidParameters, details: errors }), {
    status: 400,
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
}

/** One CSV line (RFC 4180), with formula-looking cells neutralised for spreadsheet users. */
export function csvLine(cells: (string | number | boolean | null)[]): string {
  return (
    cells
      .map((cell) => {
        if (cell === null) return "";
        let text = String(cell);
        if (typeof cell === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
        return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(",") + "\r\n"
  );
}
