// iCalendar (RFC 5545) for the agenda, with ical-generator. Times are written as Paris wall-clock
// times with TZID=Europe/Paris and a VTIMEZONE (from @touch4it/ical-timezones), so calendars show
// the right hour on both sides of a daylight-saving change. They are passed as Temporal
// ZonedDateTimes: with a plain Date, ical-generator would use the server process's own time zone.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalEventStatus } from "ical-generator";
import { dictionary } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";
import { EVENT_TIME_ZONE } from "./options";
import type { PublicEvent } from "./public";
import { parisZoned } from "./time";

export function eventsCalendar(list: PublicEvent[], name = dictionary().events.ical.calendarName): string {
  const site = siteUrl();
  const host = new URL(site).host;
  // No calendar-wide time zone: ical-generator would then write DTSTAMP without its "Z", and
  // RFC 5545 wants it in UTC. The generator still adds the VTIMEZONE each event names.
  const calendar = new ICalCalendar({ name, prodId: { company: "Normandy French Tech", product: "evenements", language: "FR" } });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const event of list) {
    const url = `${site}/evenements/${event.slug}`;
    const where = event.onlineUrl ? dictionary().events.card.online : [event.address, event.commune].filter(Boolean).join(", ");
    calendar.createEvent({
      id: `${event.slug}@${host}`,
      start: parisZoned(event.startsAt),
      end: parisZoned(event.endsAt),
      allDay: event.allDay,
      timezone: EVENT_TIME_ZONE,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      summary: event.cancelledAt ? `${dictionary().events.ical.cancelledPrefix}${event.title}` : event.title,
      description: `${event.description}\n\n${url}`,
      location: where || null,
      url,
      status: event.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
