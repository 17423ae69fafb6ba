// Reads of freshness: the moderators' "fiches à vérifier" list and the statistics page's share.
import { and, asc, count, eq, lt, or, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
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
 * How many published profiles were confirmed in the last 12 months at `reference`, of how many:
 * one pass over the published rows' (status, confirmed_at) index. A time-based share cannot be
 * one of the statistics' trigger-kept counters (migration 0008): it changes as days pass.
 */
export async function confirmedShare(db: Executor, reference: Date): Promise<ConfirmedShare> {
  const since = addMonths(reference, -STATS_WINDOW_MONTHS);
  const [row] = await db
    .select({ total: count(), confirmed: sql<number>`(count(*) filter (where ${startups.confirmedAt} >= ${since.toISOString()}::timestamptz))::int` })
    .from(startups)
    .where(eq(startups.status, "published"));
  return { confirmed: Number(row?.confirmed ?? 0), total: Number(row?.total ?? 0) };
}
