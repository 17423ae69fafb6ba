// Event times are typed and shown as Paris wall-clock times and stored as instants. Temporal does
// the conversion so that daylight-saving changes are right: 29 March 2026 at 10:00 in Paris is
// 08:00 UTC, 28 March at 10:00 is 09:00 UTC.
import { Temporal } from "temporal-polyfill";
import { EVENT_TIME_ZONE } from "./options";

/** A Paris date ("2026-03-29") and time ("10:00") as an instant; null when either is invalid. */
export function parisInstant(date: string, time = "00:00"): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  try {
    const zoned = Temporal.PlainDateTime.from(`${date}T${time}`, { overflow: "reject" }).toZonedDateTime(EVENT_TIME_ZONE, {
      disambiguation: "compatible",
    });
    return new Date(zoned.epochMilliseconds);
  } catch {
    return null;
  }
}

/** The instant as a Paris zoned date-time (what the iCalendar feed writes with TZID=Europe/Paris). */
export function parisZoned(instant: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(EVENT_TIME_ZONE);
}

/** The Paris calendar date of an instant, "YYYY-MM-DD". */
export function parisDate(instant: Date): string {
  return parisZoned(instant).toPlainDate().toString();
}

/** The Paris wall-clock time of an instant, "HH:MM". */
export function parisTime(instant: Date): string {
  return parisZoned(instant).toPlainTime().toString({ smallestUnit: "minute" });
}

/** The day after a Paris date, "YYYY-MM-DD". */
export function nextDay(date: string): string {
  return Temporal.PlainDate.from(date).add({ days: 1 }).toString();
}

/** The day before a Paris date, "YYYY-MM-DD". */
export function previousDay(date: string): string {
  return Temporal.PlainDate.from(date).subtract({ days: 1 }).toString();
}

/** [start, end) of a Paris month "YYYY-MM", as instants. */
export function parisMonthRange(month: string): [Date, Date] | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  const first = Temporal.PlainYearMonth.from(month);
  const start = parisInstant(first.toPlainDate({ day: 1 }).toString());
  const end = parisInstant(first.add({ months: 1 }).toPlainDate({ day: 1 }).toString());
  return start && end ? [start, end] : null;
}

/** [start, end) of a Paris year, as instants. */
export function parisYearRange(year: number): [Date, Date] {
  return [parisInstant(`${year}-01-01`)!, parisInstant(`${year + 1}-01-01`)!];
}
