// What members see of other teams, and no self-approval (issue 9).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { claimRequests, startupRevisions, startups } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { seedSectors } from "@/lib/sectors";
import { requestClaim } from "@/lib/startups/claims";
import { createStartup, submitRevision } from "@/lib/startups/revisions";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { decideClaim } from "./claims";
import { approveRevision } from "./decisions";
import { moderationQueue } from "./queue";

describe.each(enginesUnderTest())("four eyes and other teams' privacy on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedSectors(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  const pendingRevisionId = async (startupId: string) =>
    (await database.db.select({ id: startupRevisions.id, status: startupRevisions.status }).from(startupRevisions).where(eq(startupRevisions.startupId, startupId))).find(
      (revision) => revision.status === "pending",
    )!.id;

  it("refuses a moderator's approval of their own submission, and lets another moderator approve it", async () => {
    const db = database.db;
    const moderator = await insertUser(db, { role: "moderator" });
    const other = await insertUser(db, { role: "moderator" });
    const { startupId } = await createStartup(db, moderator, profile({ name: "Ma Propre Fiche" }));
    await submitRevision(db, moderator, startupId);
    const revisionId = await pendingRevisionId(startupId);
    await expect(approveRevision(db, moderator, revisionId)).rejects.toThrow(/pas approuver une fiche que vous avez rédigée/);
    const [still] = await db.select({ status: startups.status }).from(startups).where(eq(startups.id, startupId));
    expect(still!.status).toBe("draft");
    await approveRevision(db, other, revisionId);
    const [now] = await db.select({ status: startups.status }).from(startups).where(eq(startups.id, startupId));
    expect(now!.status).toBe("published");
  });

  it("refuses a moderator's approval of their own claim", async () => {
    const db = database.db;
    const moderator = await insertUser(db, { role: "moderator" });
    const slug = await insertStartup(db, profile({ name: "Fiche Convoitée" }));
    const [target] = await db.select({ id: startups.id }).from(startups).where(eq(startups.slug, slug));
    await requestClaim(db, moderator, target!.id, "C’est notre entreprise.");
    const [claim] = await db.select({ id: claimRequests.id }).from(claimRequests).where(eq(claimRequests.userId, moderator.id));
    await expect(decideClaim(db, moderator, claim!.id, { approve: true })).rejects.toThrow(/propre demande/);
    const [after] = await db.select({ status: claimRequests.status }).from(claimRequests).where(eq(claimRequests.id, claim!.id));
    expect(after!.status).toBe("pending");
  });

  it("shows members only published duplicates and lets them claim only published profiles; moderators see the rest", async () => {
    const db = database.db;
    const moderator = await insertUser(db, { role: "moderator" });
    const hidden = await insertStartup(db, profile({ name: "Cachalot Secret", website: "https://cachalot-secret.fr/" }), "unpublished");
    const [hiddenRow] = await db.select({ id: startups.id }).from(startups).where(eq(startups.slug, hidden));
    const rival = await insertUser(db);
    const draft = await createStartup(db, rival, profile({ name: "Cachalot Secret Brouillon", website: "https://cachalot-secret.fr/b" }));

    const member = await insertUser(db);
    const mine = await createStartup(db, member, profile({ name: "Cachalot Secret", website: "https://www.cachalot-secret.fr/" }));
    // Neither the unpublished profile nor another team's draft is named to the member.
    expect(await submitRevision(db, member, mine.startupId)).toEqual({ status: "submitted" });
    await expect(requestClaim(db, member, hiddenRow!.id, "Nous sommes cette société.")).rejects.toThrow(NotFoundError);
    await expect(requestClaim(db, member, draft.startupId, "Nous sommes cette société.")).rejects.toThrow(NotFoundError);

    const queue = await moderationQueue(db, moderator);
    const entry = queue.find((item) => item.startupId === mine.startupId);
    expect(entry?.duplicates.map((duplicate) => duplicate.id)).toEqual(expect.arrayContaining([hiddenRow!.id, draft.startupId]));
  });

  it("does not let a SIREN in someone's draft block the real company", async () => {
    const db = database.db;
    const squatter = await insertUser(db);
    await createStartup(db, squatter, profile({ name: "Squatteur", siren: "552100554" }));
    const real = await insertUser(db);
    const company = await createStartup(db, real, profile({ name: "La Vraie Société", siren: "552100554" }));
    expect(await submitRevision(db, real, company.startupId)).toEqual({ status: "submitted" });
    const moderator = await insertUser(db, { role: "moderator" });
    await approveRevision(db, moderator, await pendingRevisionId(company.startupId));
    const [live] = await db.select({ siren: startups.siren }).from(startups).where(eq(startups.id, company.startupId));
    expect(live!.siren).toBe("552100554");
  });
});
