// Membership checks, at the functions that touch a startup's private data.
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { startupMembers, users } from "@/db/schema";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A startup's edit form in the team's space. The reminder mail links here with no token: signed
 * out, the page sends the reader through sign-in and back (requireUser with this same path).
 */
export function profileEditPath(startupId: string): string {
  return `/espace/${startupId}/modifier`;
}

export async function memberRole(db: Executor, userId: string, startupId: string): Promise<"owner" | "editor" | null> {
  if (!isUuid(startupId)) return null;
  const [row] = await db
    .select({ role: startupMembers.role })
    .from(startupMembers)
    .where(and(eq(startupMembers.startupId, startupId), eq(startupMembers.userId, userId)));
  return row?.role ?? null;
}

/** Throws NotFoundError unless the user is a member (or, with `owner`, the owner) of that startup. */
export async function assertMember(db: Executor, userId: string, startupId: string, required: "member" | "owner" = "member") {
  const role = await memberRole(db, userId, startupId);
  if (!role || (required === "owner" && role !== "owner")) throw new NotFoundError();
  return role;
}

/** Invitations and claims reach other people: only accounts with a confirmed address may send them. */
export async function assertEmailVerified(db: Executor, userId: string): Promise<void> {
  const [row] = await db.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  if (!row?.verifiedAt) throw new DomainError(dictionary().messages.auth.notVerified);
}
