// The directory's result cards, and what to do when there are none. Server components: no
// client-side state, and as client components they shipped both dictionaries to the browser.
import Link from "next/link";
import { currentLang, dictionary, href } from "@/lib/i18n/server";
import type { SearchResultItem } from "@/lib/search/search";
import { sectorName } from "@/lib/sectors/name";
import { StartupLogo } from "@/components/startups/startup-logo";
import { StaleBadge } from "@/components/startups/stale-badge";
import type { ActiveFilter } from "./active-filters";

export function ResultList({ items }: { items: SearchResultItem[] }) {
  const d = dictionary();
  const lang = currentLang();
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.slug} className="relative flex gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
          <StartupLogo name={item.name} slug={item.slug} logoVersion={item.logoVersion} size="sm" alt={d.profile.logoAlt(item.name)} />
          <div className="min-w-0 flex-1">
            <h3 className="font-semibold text-brand-800">
              {/* The link covers the whole card, while keeping one tab stop per result. */}
              {/* No prefetch: profiles are cached pages now, so prefetching would render 20 of them
                  for every results page shown after each directory change. */}
              <Link href={href(`/startups/${item.slug}`)} prefetch={false} className="after:absolute after:inset-0 after:content-['']">
                {item.name}
              </Link>
            </h3>
            <p className="mt-1 line-clamp-2 text-sm text-slate-700">{item.tagline}</p>
            <p className="mt-2 text-xs text-slate-600">
              {item.commune} · {d.metropolis[item.metropolis]}
              {item.stage ? ` · ${d.stage[item.stage]}` : ""}
            </p>
            {item.stale && (
              <p className="mt-2">
                <StaleBadge label={d.freshness.staleBadge} explanation={d.freshness.staleCardLabel} />
              </p>
            )}
            <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={d.profile.sectors}>
              {item.hiring && (
                <li className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900">{d.search.hiringBadge}</li>
              )}
              {item.sectors.map((sector) => (
                <li key={sector.slug} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                  {sectorName(sector, lang)}
                </li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function EmptyResults({ query, queryRemovalHref, filters }: { query: string; queryRemovalHref: string; filters: ActiveFilter[] }) {
  const d = dictionary();
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
      <p className="font-semibold">{d.search.emptyTitle}</p>
      {query && <p className="mt-2 text-sm text-slate-700">{d.search.emptyHintQuery}</p>}
      {(filters.length > 0 || query) && (
        <>
          <p className="mt-4 text-sm text-slate-700">{d.search.emptyHint}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {query && (
              <li>
                <Link href={queryRemovalHref} className="inline-block rounded-full border border-brand-600 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50">
                  {d.search.removeQuery(query)}
                </Link>
              </li>
            )}
            {filters.map((filter) => (
              <li key={filter.href}>
                <Link href={filter.href} className="inline-block rounded-full border border-brand-600 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50">
                  {d.search.removeFilter(filter.label)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
