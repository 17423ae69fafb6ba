// When a profile counts as fresh, due for a reminder, or stale. Pure functions of a date and a
// clock: every caller passes `now` (tests move it), nothing here reads the time itself.
import { parisToday } from "@/lib/events/params";

/** Months after the last confirmation at which each reminder goes out. */
export const REMINDER_AFTER_MONTHS = { first: 12, second: 15 } as const;
export type ReminderKind = keyof typeof REMINDER_AFTER_MONTHS;

/** Months without confirmation after which a profile shows "à vérifier". */
export const STALE_AFTER_MONTHS = 18;

/** The directory's `?fraicheur=` values: confirmed within that many months. */
export const FRESHNESS_FILTERS = { "6m": 6, "12m": 12, "18m": 18 } as const;
export type FreshnessFilter = keyof typeof FRESHNESS_FILTERS;
export const FRESHNESS_FILTER_IDS = Object.keys(FRESHNESS_FILTERS) as FreshnessFilter[];

/** The window of the statistics page's "confirmed in the last 12 months". */
export const STATS_WINDOW_MONTHS = 12;

/** A reminder's "rien n'a changé" link lasts this long. */
export const TOKEN_VALIDITY_DAYS = 120;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** `date` moved by whole calendar months (UTC), the day clamped to the month's last (31 March - 1 = 28/29 February). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const moved = new Date(date.getTime());
  moved.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return moved;
}

/**
 * The instant public pages measure freshness from: the start of today (Paris date, at 00:00 UTC).
 * Cached pages are keyed by that day (lib/cache/page-cache), so every part of one page (the
 * counts, the cards, the badges) agrees, and a new day renders afresh.
 */
export function freshnessReference(now: Date): Date {
  return new Date(`${parisToday(now)}T00:00:00Z`);
}

/** Profiles confirmed before this instant are stale at `reference`. */
export function staleCutoff(reference: Date): Date {
  return addMonths(reference, -STALE_AFTER_MONTHS);
}

export function isStale(confirmedAt: Date | null, reference: Date): boolean {
  return confirmedAt === null || confirmedAt < staleCutoff(reference);
}

/** Profiles confirmed at or after this instant match `?fraicheur=<filter>`. */
export function filterCutoff(filter: FreshnessFilter, reference: Date): Date {
  return addMonths(reference, -FRESHNESS_FILTERS[filter]);
}

/**
 * The reminder due at `now` for a profile last confirmed at `confirmedAt`, if any: the second
 * from 15 months on, else the first from 12 months on. Whether it was already sent for this
 * confirmation is the job's business (one row per cycle and kind).
 */
export function dueReminder(confirmedAt: Date, now: Date): ReminderKind | null {
  if (now >= addMonths(confirmedAt, REMINDER_AFTER_MONTHS.second)) return "second";
  if (now >= addMonths(confirmedAt, REMINDER_AFTER_MONTHS.first)) return "first";
  return null;
}
