// Reading the audit log, with filters. (Writing is lib/audit.ts, append-only.)
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { assertModerator } from "./decisions";

const DAY_MS = 86_400_000;
// A real calendar day ("2025-02-30" and "0000-00-00" are not), in years PostgreSQL's timestamps
// hold with a day to spare: an invalid Date reached the driver and answered 500 (found by the fuzz test).
const calendarDay = z.iso.date().refine((day) => Number(day.slice(0, 4)) >= 1000 && Number(day.slice(0, 4)) <= 9998);

/** The instant a day of the filter starts (00:00 UTC), or null when the text is not a real day. */
export function dayStart(day: string | undefined): Date | null {
  return day !== undefined && calendarDay.safeParse(day).success ? new Date(`${day}T00:00:00Z`) : null;
}

export type JournalFilters = { actor?: string; action?: string; startup?: string; from?: string; to?: string };

export async function readJournal(db: Executor, moderator: { id: string }, filters: JournalFilters, limit = 200) {
  await assertModerator(db, moderator.id);
  const conditions: SQL[] = [];
  if (filters.actor) conditions.push(or(ilike(users.email, `%${filters.actor}%`), ilike(users.name, `%${filters.actor}%`), ilike(auditLog.actorLabel, `%${filters.actor}%`))!);
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.startup) {
    // The startup, whether the entry targets it or one of its revisions.
    conditions.push(sql`(${auditLog.targetId} = ${filters.startup} or ${auditLog.details}->>'startupId' = ${filters.startup} or ${auditLog.details}->>'name' ilike ${`%${filters.startup}%`})`);
  }
  // A day that is not a real one is ignored, like an empty filter.
  const from = dayStart(filters.from);
  const to = dayStart(filters.to);
  if (from) conditions.push(gte(auditLog.createdAt, from));
  if (to) conditions.push(lt(auditLog.createdAt, new Date(to.getTime() + DAY_MS)));
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actor: sql<string | null>`coalesce(${users.name}, ${users.email}, ${auditLog.actorLabel})`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export async function journalActions(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((row) => row.action);
}
