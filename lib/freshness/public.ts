// Reads of freshness: the moderators' "fiches à vérifier" list and the statistics page's share.
import { and, asc, eq, lt, or, isNull, sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { freshnessReminders, startups } from "@/db/schema";
import { assertModerator } from "@/lib/moderation/decisions";
import { addMonths, staleCutoff, STATS_WINDOW_MONTHS } from "./policy";

/** Published profiles not confirmed for 18 months at `reference`, the oldest first. Staff only. */
export async function listStaleProfiles(db: Executor, moderator: { id: string }, reference: Date) {
  await assertModerator(db, moderator.id);
  const cutoff = staleCutoff(reference);
  return db
    .select({
      id: startups.id,
      slug: startups.slug,
      name: startups.name,
      confirmedAt: startups.confirmedAt,
      // Reminders sent about the current confirmation (0, 1 or 2).
      reminders: sql<number>`(select count(*)::int from ${freshnessReminders} r where r.startup_id = ${startups.id} and r.cycle = ${startups.confirmedAt})`,
    })
    .from(startups)
    .where(and(eq(startups.status, "published"), or(isNull(startups.confirmedAt), lt(startups.confirmedAt, cutoff))))
    .orderBy(sql`${startups.confirmedAt} asc nulls first`, asc(startups.name));
}

export type ConfirmedShare = { confirmed: number; total: number };

/**
 * How many published profiles were confirmed in the last 12 months at `reference`, of how many,
 * from the writer-kept counters (migration 0012): the 'confirmed_day' rows from the window's first
 * day on, and the total of the 'hiring' rows (every published startup is in one of those two).
 * The window starts at 00:00 UTC (freshnessReference), so whole UTC days are exactly the rows
 * confirmed since then; the share changes as days pass, and the page is keyed by the day.
 */
export async function confirmedShare(db: Executor, reference: Date): Promise<ConfirmedShare> {
  const firstDay = addMonths(reference, -STATS_WINDOW_MONTHS).toISOString().slice(0, 10);
  const [row] = await queryRows<{ confirmed: number | string | null; total: number | string | null }>(
    db,
    sql`select sum(startups) filter (where dimension = 'confirmed_day' and key >= ${firstDay}) as confirmed,
          sum(startups) filter (where dimension = 'hiring') as total
        from directory_stats where dimension in ('confirmed_day', 'hiring')`,
  );
  return { confirmed: Number(row?.confirmed ?? 0), total: Number(row?.total ?? 0) };
}
