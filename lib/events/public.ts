// Reads of the live agenda for the public site, the feeds and the API. `events` only ever holds
// approved events (lib/events/moderation), and only public columns are selected here. The
// organiser's startup is linked only while that profile is published.
import { and, asc, count, desc, eq, gt, gte, lt, lte, max, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events, startups } from "@/db/schema";
import { findCommune } from "@/lib/territory";
import type { EventFilters } from "./params";
import { parisMonthRange, parisYearRange } from "./time";

const publicColumns = {
  slug: events.slug,
  title: events.title,
  type: events.type,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  communeCode: events.communeCode,
  metropolis: events.metropolis,
  address: events.address,
  onlineUrl: events.onlineUrl,
  description: events.description,
  organiser: events.organiser,
  organiserStartupSlug: sql<string | null>`case when ${startups.status} = 'published' then ${startups.slug} end`,
  organiserStartupName: sql<string | null>`case when ${startups.status} = 'published' then ${startups.name} end`,
  link: events.link,
  free: events.free,
  cancelledAt: events.cancelledAt,
  updatedAt: events.updatedAt,
};

function selectPublic(db: Executor) {
  return db.select(publicColumns).from(events).leftJoin(startups, eq(startups.id, events.organiserStartupId));
}

type Row = Awaited<ReturnType<typeof selectPublic>>[number];

function withCommune(row: Row) {
  return { ...row, commune: row.communeCode ? (findCommune(row.communeCode)?.name ?? null) : null };
}

export type PublicEvent = ReturnType<typeof withCommune>;

function filterConditions(filters: EventFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.metropolis) conditions.push(eq(events.metropolis, filters.metropolis));
  if (filters.type) conditions.push(eq(events.type, filters.type));
  if (filters.free) conditions.push(eq(events.free, true));
  const month = filters.month ? parisMonthRange(filters.month) : null;
  // An event is in a month when it overlaps it.
  if (month) conditions.push(lt(events.startsAt, month[1]), gt(events.endsAt, month[0]));
  return conditions;
}

/** What the filters select, relative to `now`: upcoming (not yet ended), or one past year. */
function scope(filters: EventFilters, now: Date): { where: SQL | undefined; order: SQL[] } {
  const conditions = filterConditions(filters);
  if (filters.year) {
    const [start, end] = parisYearRange(filters.year);
    conditions.push(gte(events.startsAt, start), lt(events.startsAt, end), lt(events.endsAt, now));
    return { where: and(...conditions), order: [desc(events.startsAt), asc(events.slug)] };
  }
  conditions.push(gt(events.endsAt, now));
  return { where: and(...conditions), order: [asc(events.startsAt), asc(events.slug)] };
}

export async function listEvents(db: Executor, filters: EventFilters, now: Date, page = { limit: 200, offset: 0 }) {
  const { where, order } = scope(filters, now);
  const [rows, [total]] = await Promise.all([
    selectPublic(db)
      .where(where)
      .orderBy(...order)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return { events: rows.map(withCommune), total: total?.n ?? 0 };
}

/**
 * Where `now` stands in the agenda, as a string: it changes exactly when a live event ends, which
 * is the only way time changes what a list selects (upcoming is "ends after now", a past year
 * "ends before now"). The API's ETags include it, so that a list is never "not modified" after one
 * of its events ended. The mark tells "ends exactly now" (in neither list) from "ended before".
 */
export async function agendaMoment(db: Executor, now: Date): Promise<string> {
  const [row] = await db.select({ at: max(events.endsAt) }).from(events).where(lte(events.endsAt, now));
  const at = row?.at ? new Date(row.at) : null;
  if (!at) return "none";
  return `${at.toISOString()}${at.getTime() === now.getTime() ? "=" : "<"}`;
}

export async function getPublicEvent(db: Executor, slug: string): Promise<PublicEvent | null> {
  const [row] = await selectPublic(db).where(eq(events.slug, slug));
  return row ? withCommune(row) : null;
}

/** Years (Paris time) that have past events, newest first. */
export async function pastEventYears(db: Executor, now: Date): Promise<number[]> {
  const year = sql<number>`extract(year from ${events.startsAt} at time zone 'Europe/Paris')::int`;
  const rows = await db.selectDistinct({ year }).from(events).where(lt(events.endsAt, now)).orderBy(desc(year));
  return rows.map((row) => Number(row.year));
}

/** Every live event's slug and last change, for the sitemap. */
export async function eventsForSitemap(db: Executor) {
  return db.select({ slug: events.slug, updatedAt: events.updatedAt }).from(events).orderBy(asc(events.slug));
}

/** Live events per Paris year and per metropolis ("online" when there is none). */
export async function eventStatistics(db: Executor) {
  const year = sql<number>`extract(year from ${events.startsAt} at time zone 'Europe/Paris')::int`;
  const place = sql<string>`coalesce(${events.metropolis}::text, 'online')`;
  const [perYear, perMetropolis] = await Promise.all([
    db.select({ year, n: count() }).from(events).groupBy(year).orderBy(year),
    db.select({ place, n: count() }).from(events).groupBy(place).orderBy(place),
  ]);
  return {
    perYear: perYear.map((row) => ({ year: Number(row.year), count: Number(row.n) })),
    perMetropolis: perMetropolis.map((row) => ({ place: row.place as "caen" | "le-havre" | "rouen" | "online", count: Number(row.n) })),
  };
}
