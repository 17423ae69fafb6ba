// One event (public URL `/evenements/[slug]`), with JSON-LD Event and OpenGraph. Reached only
// through the rewrite in proxy.ts and cached per directory version: see lib/cache/page-cache.ts.
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { EVENT_PAGE, stateFromKey } from "@/lib/cache/page-cache";
import { getPublicEvent, type PublicEvent } from "@/lib/events/public";
import { parisZoned } from "@/lib/events/time";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site";
import { eventPlace } from "@/components/events/event-card";
import { cn } from "@/lib/cn";

const loadEvent = cache(async (key: string) => {
  const slug = stateFromKey(EVENT_PAGE, key);
  return slug === null ? null : getPublicEvent(await getDb(), slug);
});

type Params = { lang: string; version: string; key: string };
type Props = { params: Promise<Params> };

export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

function summary(event: PublicEvent): string {
  return event.description.length > 200 ? `${event.description.slice(0, 197)}…` : event.description;
}

// The public path is the slug the key stands for (lib/cache/page-cache); localizedMetadata adds the
// canonical and hreflang alternates in place of the hand-written canonical.
export const generateMetadata = localizedMetadata<Params>(
  (p) => EVENT_PAGE.pathFor(stateFromKey(EVENT_PAGE, p.key) ?? ""),
  async (d, p) => {
    const t = d.events;
    const event = await loadEvent(p.key);
    if (!event) return { title: d.notFound.title };
    const title = event.cancelledAt ? `${event.title} (${t.card.cancelled})` : event.title;
    // OpenGraph's URL is the page in its language.
    return { title, description: summary(event), openGraph: { type: "website", title, description: summary(event), url: href(`/evenements/${event.slug}`) } };
  },
);

/** schema.org dates with the Paris offset ("2026-03-29T10:00:00+02:00"), or plain dates for whole days. */
function schemaDate(instant: Date, allDay: boolean): string {
  const zoned = parisZoned(instant);
  return allDay ? zoned.toPlainDate().toString() : zoned.toString({ timeZoneName: "never", smallestUnit: "second" });
}

function jsonLd(event: PublicEvent) {
  const url = `${siteUrl()}/evenements/${event.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    name: event.title,
    description: event.description,
    url,
    startDate: schemaDate(event.startsAt, event.allDay),
    endDate: schemaDate(event.allDay ? new Date(event.endsAt.getTime() - 1) : event.endsAt, event.allDay),
    eventStatus: event.cancelledAt ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: event.onlineUrl ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    location: event.onlineUrl
      ? { "@type": "VirtualLocation", url: event.onlineUrl }
      : {
          "@type": "Place",
          name: event.address,
          address: { "@type": "PostalAddress", streetAddress: event.address, addressLocality: event.commune, addressRegion: "Normandie", addressCountry: "FR" },
        },
    organizer: event.organiserStartupSlug
      ? { "@type": "Organization", name: event.organiser, url: `${siteUrl()}/startups/${event.organiserStartupSlug}` }
      : { "@type": "Organization", name: event.organiser },
    isAccessibleForFree: event.free,
  };
}

function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-1 font-semibold text-slate-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

export default async function EventPage({ params }: Props) {
  await enterLang(params);
  const t = dictionary().events;
  const event = await loadEvent((await params).key);
  if (!event) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJson(jsonLd(event)) }} />
      <p className="mb-6 text-sm">
        <Link href={href("/evenements")} className="text-brand-700 underline">
          ← {t.page.back}
        </Link>
      </p>
      <h1 className={cn("text-3xl font-bold tracking-tight text-brand-900", event.cancelledAt && "line-through")}>{event.title}</h1>
      {event.cancelledAt && (
        <p role="status" className="mt-3 rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
          {t.page.cancelledNotice}
        </p>
      )}
      <dl className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Fact label={t.page.when}>
          <time dateTime={event.startsAt.toISOString()}>{t.when(event.startsAt, event.endsAt, event.allDay)}</time>
        </Fact>
        <Fact label={t.page.where}>{event.onlineUrl ? t.card.online : [event.address, eventPlace(event)].filter(Boolean).join(", ")}</Fact>
        <Fact label={t.page.type}>{t.type[event.type]}</Fact>
        <Fact label={t.page.price}>{event.free ? t.card.free : t.card.paid}</Fact>
        <Fact label={t.page.organiser}>
          {event.organiserStartupSlug ? (
            <Link prefetch={false} href={href(`/startups/${event.organiserStartupSlug}`)} className="text-brand-700 underline">
              {event.organiser}
            </Link>
          ) : (
            event.organiser
          )}
        </Fact>
      </dl>
      <section aria-labelledby="presentation" className="mt-8">
        <h2 id="presentation" className="text-xl font-semibold">
          {t.page.description}
        </h2>
        <div className="mt-3 space-y-3 whitespace-pre-line leading-relaxed text-slate-800">
          {event.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </section>
      <ul className="mt-8 flex flex-wrap gap-3">
        {event.link && (
          <li>
            <a href={event.link} rel="noopener nofollow" className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-brand-800 hover:border-brand-600">
              {t.page.link}
            </a>
          </li>
        )}
        {event.onlineUrl && (
          <li>
            <a href={event.onlineUrl} rel="noopener nofollow" className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-brand-800 hover:border-brand-600">
              {t.page.onlineLink}
            </a>
          </li>
        )}
        <li>
          <a href={`/evenements/${event.slug}/calendrier.ics`} className="inline-block rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            {t.page.download}
          </a>
        </li>
      </ul>
    </article>
  );
}
