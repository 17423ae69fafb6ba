// What moderators see of a startup: its status, members (or none) and approved history.
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { startupMembers, startupRevisions, startups, users } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { assertModerator } from "./decisions";

export async function startupForModeration(db: Executor, moderator: { id: string }, slug: string) {
  await assertModerator(db, moderator.id);
  const [startup] = await db
    .select({ id: startups.id, slug: startups.slug, name: startups.name, status: startups.status, publishedAt: startups.publishedAt, currentRevisionId: startups.currentRevisionId })
    .from(startups)
    .where(eq(startups.slug, slug));
  if (!startup) throw new NotFoundError();
  const members = await db
    .select({ name: users.name, email: users.email, role: startupMembers.role })
    .from(startupMembers)
    .innerJoin(users, eq(users.id, startupMembers.userId))
    .where(eq(startupMembers.startupId, startup.id));
  const history = await db
    .select({ id: startupRevisions.id, status: startupRevisions.status, decidedAt: startupRevisions.decidedAt, reviewer: users.name })
    .from(startupRevisions)
    .leftJoin(users, eq(users.id, startupRevisions.reviewerId))
    .where(eq(startupRevisions.startupId, startup.id))
    .orderBy(desc(startupRevisions.createdAt));
  return { startup, members, history };
}
