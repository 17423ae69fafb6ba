// What a moderator sees of a pending revision: the proposed profile next to the live one.
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { profileDataSchema, type ProfileData } from "@/lib/startups/profile";
import { assertModerator } from "./decisions";

export async function revisionForReview(db: Executor, moderator: { id: string }, revisionId: string) {
  await assertModerator(db, moderator.id);
  const [revision] = await db
    .select({
      id: startupRevisions.id,
      status: startupRevisions.status,
      data: startupRevisions.data,
      submittedAt: startupRevisions.submittedAt,
      justification: startupRevisions.duplicateJustification,
      startupId: startups.id,
      slug: startups.slug,
      liveStatus: startups.status,
      liveRevisionId: startups.currentRevisionId,
      hasProposedLogo: sql<boolean>`${startupRevisions.logo} is not null`,
      hasLiveLogo: sql<boolean>`${startups.logo} is not null`,
    })
    .from(startupRevisions)
    .innerJoin(startups, eq(startups.id, startupRevisions.startupId))
    .where(eq(startupRevisions.id, revisionId));
  if (!revision) throw new NotFoundError();
  let live: ProfileData | null = null;
  if (revision.liveRevisionId) {
    const [row] = await db.select({ data: startupRevisions.data }).from(startupRevisions).where(eq(startupRevisions.id, revision.liveRevisionId));
    live = row ? profileDataSchema.parse(row.data) : null;
  }
  return { ...revision, data: profileDataSchema.parse(revision.data), live };
}

/** The proposed or the live logo of a revision's startup, for moderators. */
export async function reviewLogo(db: Executor, moderator: { id: string }, revisionId: string, which: "proposed" | "live"): Promise<Buffer | null> {
  await assertModerator(db, moderator.id);
  const [row] = await db
    .select({ proposed: startupRevisions.logo, live: startups.logo })
    .from(startupRevisions)
    .innerJoin(startups, eq(startups.id, startupRevisions.startupId))
    .where(eq(startupRevisions.id, revisionId));
  return (which === "proposed" ? row?.proposed : row?.live) ?? null;
}
