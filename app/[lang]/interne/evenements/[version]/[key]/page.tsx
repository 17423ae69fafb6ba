// The agenda (public URL `/evenements?…`): upcoming events, or one past year with `annee`.
// Reached only through the rewrite in proxy.ts and cached per directory version, day and filters:
// see lib/cache/page-cache.ts.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { EVENTS_PAGE, stateFromKey } from "@/lib/cache/page-cache";
import { eventFiltersQuery, parseEventFilters } from "@/lib/events/params";
import { listEvents, pastEventYears } from "@/lib/events/public";
import { parisInstant } from "@/lib/events/time";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { EventCard } from "@/components/events/event-card";
import { EventFiltersForm } from "@/components/events/event-filters";

// The canonical is the public path without the query, as before; OpenGraph's URL is the page in its
// language (localizedMetadata has entered it, so href() knows it).
export const generateMetadata = localizedMetadata("/evenements", (d) => ({
  title: d.events.list.title,
  description: d.events.list.intro,
  openGraph: { type: "website", title: d.events.list.title, description: d.events.list.intro, url: href("/evenements") },
}));

export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

/** The twelve months a visitor can pick: from this month on, or those of the past year shown. */
function monthChoices(today: string, year: number | null) {
  const [startYear, startMonth] = year ? [year, 1] : [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return Array.from({ length: 12 }, (_, index) => {
    const month = startMonth - 1 + index;
    const value = `${startYear + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    return { value, label: dictionary().events.monthLabel(value) };
  });
}

export default async function EventsPage({ params }: { params: Promise<{ lang: string; version: string; key: string }> }) {
  await enterLang(params);
  // Read at render, in the page's language (a module-level dictionary would stay French).
  const t = dictionary().events.list;
  const state = stateFromKey(EVENTS_PAGE, (await params).key);
  if (state === null) notFound();
  const query = new URLSearchParams(state);
  const today = query.get("jour")!;
  const filters = parseEventFilters(query);
  // "Upcoming" means not ended by the start of today, Paris time: the same all day, like the key.
  const now = parisInstant(today)!;
  const db = await getDb();
  const [{ events, total }, years] = await Promise.all([listEvents(db, filters, now), pastEventYears(db, now)]);
  const feedQuery = eventFiltersQuery({ ...filters, year: null });
  const feedUrl = `/evenements/calendrier.ics${feedQuery ? `?${feedQuery}` : ""}`;

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{filters.year ? t.past(filters.year) : t.title}</h1>
        <p className="mt-2 text-slate-700">{t.intro}</p>
        <p className="mt-3">
          <Link href={href("/espace/evenements")} className="text-brand-700 underline">
            {t.propose}
          </Link>
        </p>
      </header>

      <EventFiltersForm filters={filters} months={monthChoices(today, filters.year)} />

      <section aria-labelledby="liste">
        <h2 id="liste" className="text-xl font-semibold">
          {filters.year ? t.past(filters.year) : t.upcoming} <span className="text-base font-normal text-slate-600">({t.count(total)})</span>
        </h2>
        {events.length === 0 ? (
          <p className="mt-3 text-slate-700">{filters.year ? t.nonePast : t.none}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {events.map((event) => (
              <EventCard key={event.slug} event={event} />
            ))}
          </ul>
        )}
      </section>

      {!filters.year && (
        <section aria-labelledby="abonnement" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="abonnement" className="font-semibold">
            <a href={feedUrl} className="text-brand-700 underline">
              {t.subscribe}
            </a>
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t.subscribeHelp}</p>
        </section>
      )}

      {years.length > 0 && (
        <nav aria-labelledby="annees">
          <h2 id="annees" className="text-xl font-semibold">
            {t.pastYears}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {filters.year && (
              <li>
                <Link href={href("/evenements")} className="text-brand-700 underline">
                  {t.upcoming}
                </Link>
              </li>
            )}
            {years.map((year) => (
              <li key={year}>
                <Link href={href(`/evenements?annee=${year}`)} aria-current={filters.year === year ? "page" : undefined} className="text-brand-700 underline">
                  {year}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
