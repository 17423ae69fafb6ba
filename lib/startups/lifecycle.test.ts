import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, startupRevisions, startups } from "@/db/schema";
import { DomainError, NotFoundError } from "@/lib/errors";
import { approveRevision, rejectRevision } from "@/lib/moderation/decisions";
import { seedSectors } from "@/lib/sectors";
import { getPublishedStartup } from "@/lib/startups/public";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertUser, lastMailLink, profile } from "@/tests/support/fixtures";
import { editableProfile, createStartup, saveDraft, saveDraftLogo, submitRevision, withdrawRevision } from "./revisions";
import { memberLogo, startupOverview } from "./space";
import { acceptInvitation, inviteMember, removeMember } from "./team";

describe.each(enginesUnderTest())("startup profile lifecycle on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedSectors(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  const slugOf = async (startupId: string) =>
    (await database.db.select({ slug: startups.slug }).from(startups).where(eq(startups.id, startupId)))[0]!.slug;
  const pendingRevisionId = async (startupId: string) =>
    (await database.db.select({ id: startupRevisions.id, status: startupRevisions.status }).from(startupRevisions).where(eq(startupRevisions.startupId, startupId))).find(
      (revision) => revision.status === "pending",
    )!.id;

  it("goes from draft to pending to published, and an edit stays private until approved", async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const { startupId } = await createStartup(db, owner, profile({ name: "Cycle Complet", tagline: "La première accroche publique" }));
    const slug = await slugOf(startupId);
    expect(await getPublishedStartup(db, slug)).toBeNull();

    expect(await submitRevision(db, owner, startupId)).toEqual({ status: "submitted" });
    expect((await startupOverview(db, owner, startupId)).latest?.status).toBe("pending");
    await expect(saveDraft(db, owner, startupId, profile({ name: "Cycle Complet" }))).rejects.toThrow(DomainError);

    await approveRevision(db, moderator, await pendingRevisionId(startupId));
    expect((await getPublishedStartup(db, slug))?.tagline).toBe("La première accroche publique");

    // Editing the live profile opens a new revision; the public page keeps the old text.
    await saveDraft(db, owner, startupId, profile({ name: "Cycle Complet", tagline: "Une accroche modifiée mais pas relue" }));
    expect((await getPublishedStartup(db, slug))?.tagline).toBe("La première accroche publique");
    await submitRevision(db, owner, startupId);
    expect((await getPublishedStartup(db, slug))?.tagline).toBe("La première accroche publique");
    await approveRevision(db, moderator, await pendingRevisionId(startupId));
    expect((await getPublishedStartup(db, slug))?.tagline).toBe("Une accroche modifiée mais pas relue");

    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, moderator.id));
    expect(audit.map((entry) => entry.action)).toEqual(["revision.approve", "revision.approve"]);
  });

  it("shows a rejection's reason to the owner, who edits and resubmits", async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const { startupId } = await createStartup(db, owner, profile({ name: "Refus Instructif" }));
    await submitRevision(db, owner, startupId);
    await expect(rejectRevision(db, moderator, await pendingRevisionId(startupId), "court")).rejects.toThrow(/au moins 10 caractères/);
    await rejectRevision(db, moderator, await pendingRevisionId(startupId), "Précisez vos clients et votre produit.");
    const overview = await startupOverview(db, owner, startupId);
    expect(overview.latest?.status).toBe("rejected");
    expect(overview.lastDecision?.reviewNote).toBe("Précisez vos clients et votre produit.");
    expect(await lastMailLink(db, owner.email)).toContain(`/espace/${startupId}`);

    await saveDraft(db, owner, startupId, profile({ name: "Refus Instructif", tagline: "Logiciel de paie pour les artisans normands" }));
    expect((await editableProfile(db, owner, startupId)).data.tagline).toBe("Logiciel de paie pour les artisans normands");
    expect(await submitRevision(db, owner, startupId)).toEqual({ status: "submitted" });
  });

  it("lets a pending submission be withdrawn back to a draft, keeping its content", async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const { startupId } = await createStartup(db, owner, profile({ name: "Retrait Possible", tagline: "Une accroche à garder telle quelle" }));
    await submitRevision(db, owner, startupId);
    await withdrawRevision(db, owner, startupId);
    const editable = await editableProfile(db, owner, startupId);
    expect(editable).toMatchObject({ status: "draft", data: { tagline: "Une accroche à garder telle quelle" } });
    const statuses = (await db.select({ status: startupRevisions.status }).from(startupRevisions).where(eq(startupRevisions.startupId, startupId))).map((r) => r.status);
    expect(statuses.sort()).toEqual(["draft", "withdrawn"]);
  });

  it("refuses submission before the email is verified", async () => {
    const db = database.db;
    const owner = await insertUser(db, { verified: false });
    const { startupId } = await createStartup(db, owner, profile({ name: "Pas Encore Vérifiée" }));
    await expect(submitRevision(db, owner, startupId)).rejects.toThrow(/Confirmez d’abord votre adresse email/);
  });

  it("reports possible duplicates (SIREN, domain, similar name) and accepts a justification", async () => {
    const db = database.db;
    const first = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const original = await createStartup(db, first, profile({ name: "Doublon Originel", siren: "732829320", website: "https://www.doublon.fr/" }));
    await submitRevision(db, first, original.startupId);
    await approveRevision(db, moderator, await pendingRevisionId(original.startupId));

    const second = await insertUser(db);
    const copy = await createStartup(db, second, profile({ name: "Doublon Originel SAS", website: "https://doublon.fr/contact" }));
    const result = await submitRevision(db, second, copy.startupId);
    expect(result.status).toBe("duplicates");
    if (result.status !== "duplicates") return;
    expect(result.duplicates[0]).toMatchObject({ id: original.startupId, reasons: expect.arrayContaining(["domain", "name"]) });
    // The same SIREN is no dead end: the draft saves, and submitting it leads to the claim prompt.
    await saveDraft(db, second, copy.startupId, profile({ name: "Doublon Originel SAS", siren: "732829320" }));
    const bySiren = await submitRevision(db, second, copy.startupId);
    expect(bySiren.status === "duplicates" && bySiren.duplicates[0]).toMatchObject({ id: original.startupId, reasons: expect.arrayContaining(["siren"]) });
    expect(await submitRevision(db, second, copy.startupId, "Nous sommes une autre société, homonyme.")).toEqual({ status: "submitted" });
    // Approving it would give two live profiles one SIREN: the moderator gets a clear refusal.
    await expect(approveRevision(db, moderator, await pendingRevisionId(copy.startupId))).rejects.toThrow(/SIREN est déjà celui de la fiche « Doublon Originel »/);
  });

  it("refuses a member of startup A everything about startup B, as if it did not exist", async () => {
    const db = database.db;
    const alice = await insertUser(db);
    const bob = await insertUser(db);
    const a = await createStartup(db, alice, profile({ name: "Startup Alice" }));
    const b = await createStartup(db, bob, profile({ name: "Startup Bob" }));
    await saveDraftLogo(db, bob, b.startupId, Buffer.from("webp"));
    const attempts = [
      () => editableProfile(db, alice, b.startupId),
      () => saveDraft(db, alice, b.startupId, profile({ name: "Piratée" })),
      () => saveDraftLogo(db, alice, b.startupId, Buffer.from("x")),
      () => submitRevision(db, alice, b.startupId),
      () => withdrawRevision(db, alice, b.startupId),
      () => startupOverview(db, alice, b.startupId),
      () => memberLogo(db, alice, b.startupId),
      () => inviteMember(db, alice, b.startupId, "intrus@exemple.fr"),
      () => removeMember(db, alice, b.startupId, bob.id),
      // A forged, non-existent or malformed id looks exactly the same.
      () => editableProfile(db, alice, "00000000-0000-4000-8000-000000000000"),
      () => saveDraft(db, alice, "not-a-uuid", profile()),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(NotFoundError);
    expect((await editableProfile(db, bob, b.startupId)).data.name).toBe("Startup Bob");
    expect((await startupOverview(db, alice, a.startupId)).startup.name).toBe("Startup Alice");
  });

  it("adds an invited co-founder as editor through a single-use link; only the owner manages the team", async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const cofounder = await insertUser(db, { email: "cofondatrice@exemple.fr" });
    const { startupId } = await createStartup(db, owner, profile({ name: "Équipe Soudée" }));
    await inviteMember(db, owner, startupId, "Cofondatrice@exemple.fr");
    const token = new URL(await lastMailLink(db, "cofondatrice@exemple.fr")).searchParams.get("jeton")!;
    expect(await acceptInvitation(db, cofounder, token)).toBe(startupId);
    await expect(acceptInvitation(db, cofounder, token)).rejects.toThrow(/plus valable/);
    const overview = await startupOverview(db, cofounder, startupId);
    expect(overview.role).toBe("editor");
    expect(overview.members.map((member) => member.role).sort()).toEqual(["editor", "owner"]);
    await expect(inviteMember(db, cofounder, startupId, "autre@exemple.fr")).rejects.toThrow(NotFoundError);
    await removeMember(db, owner, startupId, cofounder.id);
    await expect(startupOverview(db, cofounder, startupId)).rejects.toThrow(NotFoundError);
  });

  it("lets exactly one of two simultaneous decisions win", async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const [m1, m2] = [await insertUser(db, { role: "moderator", name: "Modératrice Une" }), await insertUser(db, { role: "admin" })];
    const { startupId } = await createStartup(db, owner, profile({ name: "Course Décisive" }));
    await submitRevision(db, owner, startupId);
    const revisionId = await pendingRevisionId(startupId);
    const results = await Promise.allSettled([
      approveRevision(db, m1, revisionId),
      rejectRevision(db, m2, revisionId, "Refus concurrent de la même soumission."),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.message).toMatch(/déjà été traitée par/);
    const decisions = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, revisionId));
    expect(decisions).toHaveLength(1);
  });

  it("refuses decisions from a member", async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const { startupId } = await createStartup(db, owner, profile({ name: "Autopublication" }));
    await submitRevision(db, owner, startupId);
    await expect(approveRevision(db, owner, await pendingRevisionId(startupId))).rejects.toThrow(NotFoundError);
  });
});
