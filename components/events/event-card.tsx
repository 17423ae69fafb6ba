// One event in a list: date, title, place, type and price, and "Annulé" when cancelled.
import Link from "next/link";
import { dictionary, href } from "@/lib/i18n/server";
import type { PublicEvent } from "@/lib/events/public";
import { cn } from "@/lib/cn";

export function eventPlace(event: Pick<PublicEvent, "onlineUrl" | "commune" | "metropolis">): string {
  const t = dictionary().events;
  if (event.onlineUrl) return t.card.online;
  return [event.commune, event.metropolis ? dictionary().metropolisLong[event.metropolis] : null].filter(Boolean).join(" · ");
}

export function EventCard({ event }: { event: PublicEvent }) {
  const t = dictionary().events;
  const cancelled = event.cancelledAt !== null;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <p className="text-sm font-semibold text-brand-800">
        <time dateTime={event.startsAt.toISOString()}>{t.when(event.startsAt, event.endsAt, event.allDay)}</time>
      </p>
      <h3 className="mt-1 text-lg font-semibold">
        <Link href={href(`/evenements/${event.slug}`)} className={cn("hover:underline", cancelled && "line-through")}>
          {event.title}
        </Link>
        {cancelled && <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-900 no-underline">{t.card.cancelled}</span>}
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {t.type[event.type]} · {eventPlace(event)} · {event.free ? t.card.free : t.card.paid}
      </p>
      <p className="mt-1 text-sm text-slate-600">{event.organiser}</p>
    </li>
  );
}
