// GET /langue?vers=en&retour=/startups?q=x: remembers the language (a cookie, a year) and opens
// the page named by `retour` (else the page the link was on, from the Referer; else the
// directory) in that language. A plain link, so it works without JavaScript.
import { NextResponse } from "next/server";
import { z } from "zod";
import { publicUrlIsHttps } from "@/lib/security-headers.js";
import { config } from "@/lib/config";
import { LANG_COOKIE, LANGS, twinPath } from "@/lib/i18n/lang";

/** A path on this site: one leading slash, no scheme or host, no backslash (an open redirect). */
const localPath = z.string().max(2000).regex(/^\/(?![/\\])[^\\\s]*$/);
const query = z.object({ vers: z.enum(LANGS), retour: localPath.optional() });

/** The Referer's path when it is a page of this site (the Host the browser sent). */
function sameSitePath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/**
 * A relative Location: the URL Next gives a handler may name another host than the browser used
 * (`next start -H 127.0.0.1` says localhost).
 */
function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const params = Object.fromEntries([...url.searchParams.keys()].map((key) => [key, url.searchParams.getAll(key).length === 1 ? url.searchParams.get(key) : null]));
  const parsed = query.safeParse(params);
  if (!parsed.success) return seeOther("/startups");
  const { vers, retour } = parsed.data;
  const current = retour ?? sameSitePath(request.headers.get("referer"), request.headers.get("host")) ?? "/startups";
  const response = seeOther(twinPath(/^\/(en\/)?langue\b/.test(current) ? "/startups" : current, vers));
  response.cookies.set(LANG_COOKIE, vers, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", secure: publicUrlIsHttps(config()) });
  response.headers.set("Cache-Control", "no-store");
  return response;
}
