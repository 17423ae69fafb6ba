// The moderation queue (oldest first, new or edit, possible duplicates) and the mails a
// submission and an approval send to the startup's team, read from the outbox.
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailOutbox, startupRevisions, startups } from "@/db/schema";
import { approveRevision } from "@/lib/moderation/decisions";
import { moderationQueue } from "@/lib/moderation/queue";
import { seedSectors } from "@/lib/sectors";
import { createStartup, saveDraft, submitRevision } from "@/lib/startups/revisions";
import { acceptInvitation, inviteMember } from "@/lib/startups/team";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertUser, lastMailLink, profile } from "@/tests/support/fixtures";

describe.each(enginesUnderTest())("moderation queue and team mails on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedSectors(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  const pendingRevisionId = async (startupId: string) =>
    (
      await database.db
        .select({ id: startupRevisions.id })
        .from(startupRevisions)
        .where(and(eq(startupRevisions.startupId, startupId), eq(startupRevisions.status, "pending")))
    )[0]!.id;

  const mailsTo = (to: string) =>
    database.db
      .select({ subject: emailOutbox.subject, text: emailOutbox.textBody, html: emailOutbox.htmlBody })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, to))
      .orderBy(asc(emailOutbox.id));

  /** A verified owner's profile, submitted; its submission time is then set to `submittedAt`. */
  async function submitted(name: string, submittedAt: Date, overrides: Parameters<typeof profile>[0] = {}) {
    const db = database.db;
    const owner = await insertUser(db);
    const { startupId } = await createStartup(db, owner, profile({ name, ...overrides }));
    expect(await submitRevision(db, owner, startupId, "Une autre société, homonyme.")).toEqual({ status: "submitted" });
    await db.update(startupRevisions).set({ submittedAt }).where(eq(startupRevisions.id, await pendingRevisionId(startupId)));
    return { owner, startupId };
  }

  it("lists pending submissions oldest first, each labelled new or edit, with possible duplicates", async () => {
    const db = database.db;
    const moderator = await insertUser(db, { role: "moderator" });
    // Created in one order, submitted (as far as the queue knows) in another.
    const middle = await submitted("Ordre Milieu Fromagerie", new Date("2026-03-02T10:00:00Z"));
    const newest = await submitted("Ordre Récent Chaudronnerie", new Date("2026-03-03T10:00:00Z"));
    const oldest = await submitted("Ordre Ancien Menuiserie", new Date("2026-03-01T10:00:00Z"));

    // A published profile, then an edit of it: the edit is labelled as such.
    const live = await submitted("Ordre Publiée Verrerie", new Date("2026-02-01T10:00:00Z"), { siren: "732829320", website: "https://verrerie-normande.fr/" });
    await approveRevision(db, moderator, await pendingRevisionId(live.startupId));
    await saveDraft(db, live.owner, live.startupId, profile({ name: "Ordre Publiée Verrerie", tagline: "Une accroche modifiée par l’équipe" }));
    await submitRevision(db, live.owner, live.startupId);
    await db.update(startupRevisions).set({ submittedAt: new Date("2026-03-04T10:00:00Z") }).where(eq(startupRevisions.id, await pendingRevisionId(live.startupId)));

    // A newcomer whose website and name look like the published profile's.
    const lookalike = await submitted("Ordre Publiée Verrerie SAS", new Date("2026-03-05T10:00:00Z"), { website: "https://www.verrerie-normande.fr/contact" });

    const queue = (await moderationQueue(db, moderator)).filter((item) => item.name.startsWith("Ordre "));
    expect(queue.map((item) => item.name)).toEqual([
      "Ordre Ancien Menuiserie",
      "Ordre Milieu Fromagerie",
      "Ordre Récent Chaudronnerie",
      "Ordre Publiée Verrerie",
      "Ordre Publiée Verrerie SAS",
    ]);
    const byStartup = new Map(queue.map((item) => [item.startupId, item]));
    for (const fresh of [oldest, middle, newest, lookalike]) expect(byStartup.get(fresh.startupId)?.kind).toBe("new");
    expect(byStartup.get(live.startupId)?.kind).toBe("edit");

    const warning = byStartup.get(lookalike.startupId)!;
    expect(warning.duplicates).toEqual([expect.objectContaining({ id: live.startupId, name: "Ordre Publiée Verrerie", reasons: expect.arrayContaining(["domain", "name"]) })]);
    expect(warning.justification).toBe("Une autre société, homonyme.");
    // The published profile's own edit is not its own duplicate; unrelated names have no warning.
    expect(byStartup.get(oldest.startupId)?.duplicates).toEqual([]);
    expect(byStartup.get(live.startupId)?.duplicates.map((duplicate) => duplicate.id)).not.toContain(live.startupId);
  });

  it("mails every team member on submission and on approval, naming the startup and linking the public profile", async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const editor = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const name = "Courrier d’Équipe <b>Normande</b>";
    const { startupId } = await createStartup(db, owner, profile({ name }));
    await inviteMember(db, owner, startupId, editor.email);
    const token = new URL(await lastMailLink(db, editor.email)).searchParams.get("jeton")!;
    await acceptInvitation(db, editor, token);

    // The editor submits: both members hear of it.
    expect(await submitRevision(db, editor, startupId)).toEqual({ status: "submitted" });
    for (const member of [owner, editor]) {
      const submittedMails = (await mailsTo(member.email)).filter((mail) => mail.subject.startsWith("Proposition reçue"));
      expect(submittedMails, member.email).toHaveLength(1);
      const [mail] = submittedMails;
      // Subjects are one plain line (lib/mail/templates.ts oneLine): no non-breaking spaces there.
      expect(mail!.subject).toBe(`Proposition reçue pour « ${name} »`);
      expect(mail!.text).toContain(`Nous avons bien reçu votre proposition pour la fiche «\u00a0${name}\u00a0».`);
      expect(mail!.text).toContain("Vous recevrez un e-mail dès qu’une décision aura été prise.");
      expect(mail!.html).toContain("Courrier d’Équipe &lt;b&gt;Normande&lt;/b&gt;");
    }

    await approveRevision(db, moderator, await pendingRevisionId(startupId));
    const [{ slug }] = (await db.select({ slug: startups.slug }).from(startups).where(eq(startups.id, startupId))) as [{ slug: string }];
    for (const member of [owner, editor]) {
      const approvedMails = (await mailsTo(member.email)).filter((mail) => mail.subject.includes("proposition validée"));
      expect(approvedMails, member.email).toHaveLength(1);
      const [mail] = approvedMails;
      expect(mail!.subject).toBe(`Fiche « ${name} » : proposition validée`);
      expect(mail!.text).toContain("a été validée par l’équipe de modération. Elle est maintenant en ligne.");
      expect(mail!.text).toMatch(new RegExp(`https?://\\S+/startups/${slug}\\b`));
      expect(mail!.html).toContain(`/startups/${slug}"`);
    }
    // The moderator is not a member: no mail.
    expect(await mailsTo(moderator.email)).toEqual([]);
  });
});
