// Server-side sessions behind the next-auth JWT: the token carries a session id, and a session is
// valid only while its row exists and is not revoked (checked in lib/auth/session.ts).
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userSessions } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { logSecurityEvent } from "@/lib/log";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createSession(db: Executor, userId: string, now = new Date()): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({ userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) })
    .returning({ id: userSessions.id });
  // Expired rows are of no use; dropping them here keeps the table small without a job.
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.expiresAt, now)));
  return row!.id;
}

/** Ends one session ("Se déconnecter"). */
export async function revokeSession(db: Executor, sessionId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  const [row] = await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)))
    .returning({ userId: userSessions.userId });
  if (row) await appendAudit(db, { actorId: row.userId, action: "auth.sign_out", targetType: "user", targetId: row.userId });
}

/** Ends every session of a user (sign out everywhere, password change, disabled account). */
export async function revokeAllSessions(db: Executor, userId: string, actorId: string | null, reason: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  await appendAudit(db, { actorId, action: "auth.sessions_revoked", targetType: "user", targetId: userId, details: { reason } });
  // Beside its audit row, often inside the caller's transaction: should that roll back, the line
  // stays (the audit log is the record; the log is the operator's signal).
  logSecurityEvent("session_revoked", { userId, actorId, reason });
}
