// One event as an iCalendar file to download.
import { getDb } from "@/db/client";
import { eventsCalendar } from "@/lib/events/ical";
import { getPublicEvent } from "@/lib/events/public";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = /^[a-z0-9-]{1,100}$/.test(slug) ? await getPublicEvent(await getDb(), slug) : null;
  if (!event) return new Response(null, { status: 404 });
  return new Response(eventsCalendar([event], event.title), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
