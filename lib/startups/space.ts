// Read models for a startup team's own space. Members only; the selected columns are what the
// pages show, nothing more.
import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { startupInvitations, startupMembers, startupRevisions, startups, users } from "@/db/schema";
import { assertMember } from "./access";
import type { Actor } from "./revisions";

export type RevisionStatus = "draft" | "pending" | "approved" | "rejected" | "withdrawn";

export async function listMyStartups(db: Executor, actor: Pick<Actor, "id">) {
  const rows = await db
    .select({ id: startups.id, slug: startups.slug, name: startups.name, status: startups.status, role: startupMembers.role })
    .from(startupMembers)
    .innerJoin(startups, eq(startups.id, startupMembers.startupId))
    .where(eq(startupMembers.userId, actor.id))
    .orderBy(asc(startups.name));
  const latest = rows.length
    ? await db
        .selectDistinctOn([startupRevisions.startupId], {
          startupId: startupRevisions.startupId,
          status: startupRevisions.status,
          name: sql<string>`${startupRevisions.data}->>'name'`,
        })
        .from(startupRevisions)
        .where(inArray(startupRevisions.startupId, rows.map((row) => row.id)))
        .orderBy(startupRevisions.startupId, desc(startupRevisions.createdAt))
    : [];
  const latestById = new Map(latest.map((row) => [row.startupId, row]));
  return rows.map((row) => ({
    ...row,
    displayName: latestById.get(row.id)?.name ?? row.name,
    revisionStatus: (latestById.get(row.id)?.status ?? null) as RevisionStatus | null,
  }));
}

export async function startupOverview(db: Executor, actor: Pick<Actor, "id">, startupId: string) {
  const role = await assertMember(db, actor.id, startupId);
  const [startup] = await db
    .select({
      id: startups.id,
      slug: startups.slug,
      name: startups.name,
      status: startups.status,
      confirmedAt: startups.confirmedAt,
      hasLiveLogo: sql<boolean>`${startups.logo} is not null`,
    })
    .from(startups)
    .where(eq(startups.id, startupId));
  const [latest] = await db
    .select({
      id: startupRevisions.id,
      status: startupRevisions.status,
      name: sql<string>`${startupRevisions.data}->>'name'`,
      reviewNote: startupRevisions.reviewNote,
      submittedAt: startupRevisions.submittedAt,
      decidedAt: startupRevisions.decidedAt,
      updatedAt: startupRevisions.updatedAt,
      hasLogo: sql<boolean>`${startupRevisions.logo} is not null`,
    })
    .from(startupRevisions)
    .where(eq(startupRevisions.startupId, startupId))
    .orderBy(desc(startupRevisions.createdAt))
    .limit(1);
  // The last decision still matters when a new draft follows it (e.g. the reason for a rejection).
  const [lastDecision] = await db
    .select({ status: startupRevisions.status, reviewNote: startupRevisions.reviewNote, decidedAt: startupRevisions.decidedAt })
    .from(startupRevisions)
    .where(and(eq(startupRevisions.startupId, startupId), inArray(startupRevisions.status, ["approved", "rejected"])))
    .orderBy(desc(startupRevisions.decidedAt))
    .limit(1);
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: startupMembers.role })
    .from(startupMembers)
    .innerJoin(users, eq(users.id, startupMembers.userId))
    .where(eq(startupMembers.startupId, startupId))
    .orderBy(asc(startupMembers.createdAt));
  const invitations =
    role === "owner"
      ? await db
          .select({ id: startupInvitations.id, email: startupInvitations.email, expiresAt: startupInvitations.expiresAt })
          .from(startupInvitations)
          .where(and(eq(startupInvitations.startupId, startupId), isNull(startupInvitations.acceptedAt), gt(startupInvitations.expiresAt, new Date())))
      : [];
  return { role, startup: startup!, latest: latest ?? null, lastDecision: lastDecision ?? null, members, invitations };
}

/** The logo a member sees: the open draft's if it has one, else the live one. */
export async function memberLogo(db: Executor, actor: Pick<Actor, "id">, startupId: string): Promise<Buffer | null> {
  await assertMember(db, actor.id, startupId);
  const [draft] = await db
    .select({ logo: startupRevisions.logo })
    .from(startupRevisions)
    .where(and(eq(startupRevisions.startupId, startupId), inArray(startupRevisions.status, ["draft", "pending"])));
  if (draft?.logo) return draft.logo;
  const [live] = await db.select({ logo: startups.logo }).from(startups).where(eq(startups.id, startupId));
  return live?.logo ?? null;
}
