// The agenda in the open data API: /api/v1/events (JSON, paginated) and /api/v1/events.csv,
// with the filters of /evenements. Only live (approved) events, only public fields.
import type { Db } from "@/db/client";
import { directoryVersion } from "@/lib/cache/directory-cache";
import { badRequest, csvLine, csvResponse, etagFor, jsonResponse, LICENCE, notModified } from "@/lib/api/http";
import { API_DEFAULT_PAGE_SIZE, API_MAX_PAGE_SIZE, type ApiError } from "@/lib/api/params";
import { dictionary } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";
import { eventFiltersQuery, parseEventFilters, type EventFilters } from "./params";
import { agendaMoment, listEvents, type PublicEvent } from "./public";

export const EVENT_FILTER_PARAMETERS = ["metropole", "type", "mois", "gratuit", "annee"] as const;
const CSV_MAX = 10_000;

type Query = { filters: EventFilters; page: number; size: number };

function parseQuery(url: URL, paginated: boolean): { ok: true; value: Query } | { ok: false; errors: ApiError[] } {
  const query = url.searchParams;
  const errors: ApiError[] = [];
  const allowed = new Set<string>([...EVENT_FILTER_PARAMETERS, ...(paginated ? ["page", "taille"] : [])]);
  for (const key of new Set(query.keys())) {
    if (!allowed.has(key)) errors.push({ parameter: key, message: dictionary().messages.api.unknownParameter });
    else if (query.getAll(key).length > 1) errors.push({ parameter: key, message: dictionary().messages.api.repeatedParameter });
  }
  const filters = parseEventFilters(query);
  // A value given but not understood is an error, not silently ignored.
  const understood = new URLSearchParams(eventFiltersQuery(filters));
  for (const key of EVENT_FILTER_PARAMETERS) {
    if (query.has(key) && !understood.has(key) && !(key === "gratuit" && query.get(key) === "0")) {
      errors.push({ parameter: key, message: dictionary().events.api.invalidValue });
    }
  }
  const positive = (name: string, max: number, fallback: number) => {
    const raw = query.get(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) errors.push({ parameter: name, message: dictionary().events.api.positiveInteger(max) });
    return n;
  };
  const page = paginated ? positive("page", 10_000, 1) : 1;
  const size = paginated ? positive("taille", API_MAX_PAGE_SIZE, API_DEFAULT_PAGE_SIZE) : CSV_MAX;
  return errors.length ? { ok: false, errors } : { ok: true, value: { filters, page, size } };
}

export function apiEvent(event: PublicEvent) {
  return {
    slug: event.slug,
    url: `${siteUrl()}/evenements/${event.slug}`,
    title: event.title,
    type: event.type,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    allDay: event.allDay,
    metropolis: event.metropolis,
    communeCode: event.communeCode,
    commune: event.commune,
    address: event.address,
    online: event.onlineUrl !== null,
    onlineUrl: event.onlineUrl,
    organiser: event.organiser,
    organiserStartup: event.organiserStartupSlug,
    link: event.link,
    free: event.free,
    cancelled: event.cancelledAt !== null,
    description: event.description,
    updatedAt: event.updatedAt.toISOString(),
  };
}

function meta(extra: Record<string, unknown>) {
  return { licence: LICENCE.name, licenceUrl: LICENCE.url, source: "Normandy French Tech", generatedAt: new Date().toISOString(), ...extra };
}

export async function handleEventList(db: Db, request: Request, now = new Date()): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseQuery(url, true);
  if (!parsed.ok) return badRequest(parsed.errors);
  const etag = etagFor(await directoryVersion(db), url, await agendaMoment(db, now));
  const cached = notModified(request, etag);
  if (cached) return cached;
  const { filters, page, size } = parsed.value;
  const { events, total } = await listEvents(db, filters, now, { limit: size, offset: (page - 1) * size });
  const pageCount = Math.max(1, Math.ceil(total / size));
  const link = (target: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(target));
    return `${next.pathname}?${next.searchParams.toString()}`;
  };
  return jsonResponse(
    {
      data: events.map(apiEvent),
      meta: meta({ page, size, total, pageCount }),
      links: { self: link(page), next: page < pageCount ? link(page + 1) : null, prev: page > 1 ? link(page - 1) : null },
    },
    etag,
  );
}

const CSV_COLUMNS = [
  "slug", "title", "type", "startsAt", "endsAt", "allDay", "metropolis", "communeCode", "commune", "address", "online", "onlineUrl",
  "organiser", "organiserStartup", "link", "free", "cancelled", "url", "updatedAt", "description",
] as const;

export async function handleEventCsv(db: Db, request: Request, now = new Date()): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseQuery(url, false);
  if (!parsed.ok) return badRequest(parsed.errors);
  const etag = etagFor(await directoryVersion(db), url, await agendaMoment(db, now));
  const cached = notModified(request, etag);
  if (cached) return cached;
  const { events } = await listEvents(db, parsed.value.filters, now, { limit: CSV_MAX, offset: 0 });
  const lines = events.map(apiEvent).map((event) => csvLine(CSV_COLUMNS.map((column) => event[column])));
  return csvResponse(`\ufeff${csvLine([...CSV_COLUMNS])}${lines.join("")}`, etag, "evenements.csv");
}
