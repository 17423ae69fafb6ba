// The audit log is append-only: this is the only place that writes it, it only inserts, and a
// trigger (migration 0006_security_auth) refuses UPDATE and DELETE in the database itself.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: "revision" | "startup" | "user" | "sector" | "claim" | "event" | "event_revision";
  targetId: string;
  details?: Record<string, unknown>;
};

/** Call with the transaction of the change being audited, so that both commit or neither does. */
export async function appendAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  // The actor's email at the time is kept beside the id, so the entry still names them once the
  // account is gone.
  const actorLabel = entry.actorId ? sql`(select ${users.email} from ${users} where ${users.id} = ${entry.actorId})` : null;
  await tx.insert(auditLog).values({ ...entry, actorLabel, details: entry.details ?? {} });
}
