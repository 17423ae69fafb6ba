// The iCalendar feed of upcoming events for any filter of /evenements (same query parameters).
import { getDb } from "@/db/client";
import { eventsCalendar } from "@/lib/events/ical";
import { parseEventFilters } from "@/lib/events/params";
import { listEvents } from "@/lib/events/public";

export async function GET(request: Request) {
  const filters = { ...parseEventFilters(new URL(request.url).searchParams), year: null };
  const { events } = await listEvents(await getDb(), filters, new Date(), { limit: 1000, offset: 0 });
  return new Response(eventsCalendar(events), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="evenements.ics"',
      "Cache-Control": "public, max-age=900",
    },
  });
}
