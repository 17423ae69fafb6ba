// The statistics page (public URL `/statistiques?…`), for one directory version and one scope.
// Reached only through the rewrite in proxy.ts and cached like a static page: see
// lib/cache/page-cache.ts.
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { enterLang, localizedMetadata } from "@/lib/i18n/server";
import { directoryStats } from "@/lib/stats/compute";
import { stateFromKey, STATISTICS_PAGE } from "@/lib/cache/page-cache";
import { parseStatisticsParams } from "@/lib/stats/page-params";
import { Statistics } from "@/components/stats/statistics";
import { EventStatistics } from "@/components/events/event-statistics";
import { eventStatistics } from "@/lib/events/public";
import { freshnessReference } from "@/lib/freshness/policy";
import { confirmedShare } from "@/lib/freshness/public";

// The canonical is the public path without the query, as before, in the page's language.
export const generateMetadata = localizedMetadata("/statistiques", (d) => ({ title: d.stats.title, description: d.stats.description }));

// Rendered on first request, then kept: the version in the path makes every entry immutable.
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

export default async function StatisticsPage({ params }: { params: Promise<{ lang: string; version: string; key: string }> }) {
  await enterLang(params);
  const state = stateFromKey(STATISTICS_PAGE, (await params).key);
  if (state === null) notFound();
  const statisticsParams = parseStatisticsParams(new URLSearchParams(state));
  const db = await getDb();
  // The share confirmed in the last 12 months, live: the path is keyed by the freshness version and
  // the day (lib/cache/page-cache), so a confirmation or a new day renders it afresh.
  const [stats, events, freshness] = await Promise.all([
    directoryStats(db, statisticsParams.metropolis),
    eventStatistics(db),
    confirmedShare(db, freshnessReference(new Date())),
  ]);
  return (
    <div className="space-y-8">
      <Statistics params={statisticsParams} stats={stats} freshness={freshness} />
      <EventStatistics stats={events} />
    </div>
  );
}
