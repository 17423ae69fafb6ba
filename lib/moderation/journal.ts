// Reading the audit log, with filters. (Writing is lib/audit.ts, append-only.)
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { assertModerator } from "./decisions";

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
  if (filters.from && /^\d{4}-\d{2}-\d{2}$/.test(filters.from)) conditions.push(gte(auditLog.createdAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to && /^\d{4}-\d{2}-\d{2}$/.test(filters.to)) conditions.push(lt(auditLog.createdAt, new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)));
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
