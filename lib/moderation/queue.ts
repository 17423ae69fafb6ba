// The moderation queue: pending revisions, oldest first, with what a moderator needs to triage.
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { findDuplicates, type DuplicateMatch } from "@/lib/startups/duplicates";
import { profileDataSchema } from "@/lib/startups/profile";
import { assertModerator } from "./decisions";

export type QueueItem = {
  id: string;
  startupId: string;
  name: string;
  kind: "new" | "edit";
  submittedAt: Date | null;
  justification: string | null;
  duplicates: DuplicateMatch[];
};

export async function moderationQueue(db: Executor, moderator: { id: string }, limit = 100): Promise<QueueItem[]> {
  await assertModerator(db, moderator.id);
  const rows = await db
    .select({
      id: startupRevisions.id,
      startupId: startupRevisions.startupId,
      data: startupRevisions.data,
      baseRevisionId: startupRevisions.baseRevisionId,
      liveStatus: startups.status,
      submittedAt: startupRevisions.submittedAt,
      justification: startupRevisions.duplicateJustification,
    })
    .from(startupRevisions)
    .innerJoin(startups, eq(startups.id, startupRevisions.startupId))
    .where(eq(startupRevisions.status, "pending"))
    .orderBy(asc(startupRevisions.submittedAt))
    .limit(limit);
  return Promise.all(
    rows.map(async (row) => {
      const data = profileDataSchema.parse(row.data);
      return {
        id: row.id,
        startupId: row.startupId,
        name: data.name,
        kind: row.liveStatus === "draft" ? ("new" as const) : ("edit" as const),
        submittedAt: row.submittedAt,
        justification: row.justification,
        duplicates: await findDuplicates(db, data, row.startupId, { publishedOnly: false }),
      };
    }),
  );
}
