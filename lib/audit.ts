// The audit log is append-only: this is the only place that writes it, and it only inserts.
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: "revision" | "startup" | "user" | "sector" | "claim" | "event" | "event_revision";
  targetId: string;
  details?: Record<string, unknown>;
};

/** Call with the transaction of the change being audited, so that both commit or neither does. */
export async function appendAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}
