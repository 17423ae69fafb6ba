// The admin dashboard's figures, computed in SQL.
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { assertModerator } from "./decisions";

export async function moderationDashboard(db: Executor, moderator: { id: string }) {
  await assertModerator(db, moderator.id);
  const [[pending], perModerator, [median], recent] = await Promise.all([
    queryRows<{ count: number | string; oldest: Date | string | null }>(
      db,
      sql`select count(*) as count, min(submitted_at) as oldest from startup_revisions where status = 'pending'`,
    ),
    queryRows<{ name: string | null; email: string | null; decisions: number | string }>(
      db,
      sql`select u.name, u.email, count(*) as decisions from audit_log a left join users u on u.id = a.actor_id
          where a.action in ('revision.approve', 'revision.reject') and a.created_at > now() - interval '30 days'
          group by u.name, u.email order by decisions desc`,
    ),
    queryRows<{ hours: number | string | null }>(
      db,
      sql`select percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 3600) as hours
          from startup_revisions where status in ('approved', 'rejected') and submitted_at is not null and decided_at is not null`,
    ),
    queryRows<{ action: string; createdAt: Date | string; actor: string | null; targetId: string }>(
      db,
      sql`select a.action, a.created_at as "createdAt", coalesce(u.name, u.email, a.actor_label) as actor, a.target_id as "targetId"
          from audit_log a left join users u on u.id = a.actor_id
          -- Security events (sign-ins…) have their place in the journal, not among recent moderation.
          where a.action not like 'auth.%' order by a.id desc limit 10`,
    ),
  ]);
  return {
    pendingCount: Number(pending?.count ?? 0),
    oldestPending: pending?.oldest ? new Date(pending.oldest) : null,
    decisionsPerModerator: perModerator.map((row) => ({ moderator: row.name || row.email || "—", decisions: Number(row.decisions) })),
    medianDecisionHours: median?.hours === null || median?.hours === undefined ? null : Number(median.hours),
    recent: recent.map((row) => ({ ...row, createdAt: new Date(row.createdAt) })),
  };
}
