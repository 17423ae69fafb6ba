// Fresh profiles (issue 15): the confirmation date, the team's "rien n'a changé", the reminders
// with a moved clock, the single-use links, the "à vérifier" badge, the directory filter and its
// count, the moderators' list, the statistics' share, and the job run exactly once by two instances.
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type Db } from "@/db/client";
import { auditLog, emailOutbox, freshnessReminders, startupMembers, startupRevisions, startups } from "@/db/schema";
import { safeRedirectPath, signInPath } from "@/lib/auth/safe-redirect";
import { directoryGeneration } from "@/lib/cache/directory-cache";
import { DomainError, NotFoundError } from "@/lib/errors";
import { fr } from "@/lib/i18n/fr";
import { approveRevision } from "@/lib/moderation/decisions";
import { parseSearchParams } from "@/lib/search/params";
import { searchStartups } from "@/lib/search/search";
import { siteUrl } from "@/lib/site";
import { profileEditPath } from "@/lib/startups/access";
import { saveDraft, submitRevision } from "@/lib/startups/revisions";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { confirmByToken, confirmProfile } from "./confirm";
import { addMonths, dueReminder, freshnessReference, isStale, TOKEN_VALIDITY_DAYS } from "./policy";
import { confirmedShare, listStaleProfiles } from "./public";
import { runReminderJob, sendDueReminders } from "./reminders";

const T0 = new Date("2025-01-15T09:30:00Z");
const days = (n: number) => n * 86_400_000;
const at = (months: number, extraDays = 0) => new Date(addMonths(T0, months).getTime() + days(extraDays));

describe("freshness policy", () => {
  it("moves dates by calendar months, clamping to the month's last day", () => {
    expect(addMonths(new Date("2025-03-31T10:00:00Z"), -1).toISOString()).toBe("2025-02-28T10:00:00.000Z");
    expect(addMonths(new Date("2024-01-31T10:00:00Z"), 1).toISOString()).toBe("2024-02-29T10:00:00.000Z");
    expect(addMonths(new Date("2025-01-15T09:30:00Z"), 12).toISOString()).toBe("2026-01-15T09:30:00.000Z");
  });

  it("is due for nothing before 12 months, the first reminder from 12, the second from 15", () => {
    expect(dueReminder(T0, at(12, -1))).toBeNull();
    expect(dueReminder(T0, at(12))).toBe("first");
    expect(dueReminder(T0, at(15, -1))).toBe("first");
    expect(dueReminder(T0, at(15))).toBe("second");
    expect(dueReminder(T0, at(40))).toBe("second");
  });

  it("calls a profile stale after 18 months without confirmation, or never confirmed", () => {
    expect(isStale(T0, freshnessReference(at(18, -1)))).toBe(false);
    expect(isStale(T0, freshnessReference(at(18, 1)))).toBe(true);
    expect(isStale(null, freshnessReference(T0))).toBe(true);
  });

  it("measures public pages from the start of the Paris day", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(freshnessReference(new Date("2025-12-31T23:30:00Z")).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe.each(enginesUnderTest())("fresh profiles on %s", (engine) => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
  });
  afterAll(async () => {
    await database?.close();
  });

  /** A published profile confirmed at `confirmedAt`, with an owner and an editor. */
  async function team(name: string, confirmedAt: Date | null = T0) {
    const slug = await insertStartup(db, profile({ name }));
    const [row] = await db.update(startups).set({ confirmedAt }).where(eq(startups.slug, slug)).returning({ id: startups.id });
    const owner = await insertUser(db, { name: `${name} propriétaire` });
    const editor = await insertUser(db, { name: `${name} éditrice` });
    await db.insert(startupMembers).values([
      { startupId: row!.id, userId: owner.id, role: "owner" },
      { startupId: row!.id, userId: editor.id, role: "editor" },
    ]);
    return { id: row!.id, slug, name, owner, editor };
  }

  /** Runs the job at `now` and returns how many reminders and mails it queued for this startup. */
  async function remindAt(startupId: string, now: Date) {
    await runReminderJob(db, now);
    const reminders = await db.select({ kind: freshnessReminders.kind, cycle: freshnessReminders.cycle }).from(freshnessReminders).where(eq(freshnessReminders.startupId, startupId));
    return reminders.map((reminder) => reminder.kind).sort();
  }

  /** The token of the newest reminder mail to `email` ("rien n'a changé" is its first link). */
  async function tokenFor(email: string): Promise<string> {
    const [mail] = await db.select({ text: emailOutbox.textBody, subject: emailOutbox.subject }).from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(desc(emailOutbox.id)).limit(1);
    expect(mail?.subject).toMatch(/toujours à jour/);
    const link = mail!.text.match(/https?:\/\/\S*\/espace\/confirmer\?jeton=(\S+)/);
    expect(mail!.text).toMatch(/\/espace\/[0-9a-f-]{36}\/modifier/);
    return link![1]!;
  }

  const confirmedAtOf = async (id: string) => (await db.select({ confirmedAt: startups.confirmedAt }).from(startups).where(eq(startups.id, id)))[0]!.confirmedAt;

  it("sends nothing before 12 months, the first reminder at 12, the second at 15, none twice", async () => {
    const startup = await team("Rappel Chrono");
    expect(await remindAt(startup.id, at(12, -1))).toEqual([]);
    expect(await remindAt(startup.id, at(12))).toEqual(["first"]);
    const mails = await db.select({ to: emailOutbox.toAddress, text: emailOutbox.textBody }).from(emailOutbox).where(sql`${emailOutbox.subject} like ${"%Rappel Chrono%"}`);
    // Both members, each with their own link, naming the last confirmation date.
    expect(mails.map((mail) => mail.to).sort()).toEqual([startup.owner.email, startup.editor.email].sort());
    expect(mails[0]!.text).toContain("15 janvier 2025");
    expect(await remindAt(startup.id, at(12, 1))).toEqual(["first"]);
    expect(await remindAt(startup.id, at(15, -1))).toEqual(["first"]);
    expect(await remindAt(startup.id, at(15))).toEqual(["first", "second"]);
    expect(await remindAt(startup.id, at(17))).toEqual(["first", "second"]);
    const count = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(sql`${emailOutbox.subject} like ${"%Rappel Chrono%"}`);
    expect(count[0]!.n).toBe(4);
  });

  it("links « Mettre à jour » to the edit form, which a signed-out reader reaches through sign-in and back", async () => {
    const startup = await team("Rappel Lien");
    await runReminderJob(db, at(12));
    const [mail] = await db.select({ text: emailOutbox.textBody, html: emailOutbox.htmlBody }).from(emailOutbox).where(and(eq(emailOutbox.toAddress, startup.owner.email), sql`${emailOutbox.subject} like ${"%Rappel Lien%"}`));
    const edit = `/espace/${startup.id}/modifier`;
    expect(mail!.text).toContain(`${fr.freshness.mail.update} : ${siteUrl()}${edit}\n`);
    expect(mail!.html).toContain(`href="${siteUrl()}${edit}"`);
    // The edit page's requireUser(profileEditPath(id)) sends a signed-out reader to sign-in, whose
    // `retour` (read through safeRedirectPath by the sign-in page) brings them back to that form.
    expect(profileEditPath(startup.id)).toBe(edit);
    const signIn = new URL(signInPath(profileEditPath(startup.id)), siteUrl());
    expect(signIn.pathname).toBe("/compte/connexion");
    expect(safeRedirectPath(signIn.searchParams.get("retour"))).toBe(edit);
  });

  it("sends no further reminder once the team has confirmed, and starts a new cycle from that date", async () => {
    const startup = await team("Rappel Confirmé");
    expect(await remindAt(startup.id, at(12))).toEqual(["first"]);
    await confirmProfile(db, startup.editor, startup.id, at(13));
    expect(await remindAt(startup.id, at(15))).toEqual(["first"]);
    expect(await remindAt(startup.id, at(13 + 12, -1))).toEqual(["first"]);
    expect(await remindAt(startup.id, at(13 + 12, 1))).toEqual(["first", "first"]);
  });

  it("confirms once per link: a second use, a forged or an expired link is refused, and an old one says it is done", async () => {
    const startup = await team("Lien Unique");
    const now = at(12);
    await runReminderJob(db, now);
    const ownerToken = await tokenFor(startup.owner.email);
    const editorToken = await tokenFor(startup.editor.email);

    expect(await confirmByToken(db, "A".repeat(43), now)).toEqual({ status: "invalid" });
    expect(await confirmByToken(db, ownerToken.slice(0, -1) + (ownerToken.endsWith("A") ? "B" : "A"), now)).toEqual({ status: "invalid" });

    const confirmedNow = new Date(now.getTime() + days(2));
    expect(await confirmByToken(db, ownerToken, confirmedNow)).toMatchObject({ status: "confirmed", slug: startup.slug, startupName: "Lien Unique" });
    expect((await confirmedAtOf(startup.id))?.getTime()).toBe(confirmedNow.getTime());
    expect(await confirmByToken(db, ownerToken, confirmedNow)).toEqual({ status: "used" });
    // The other member's link of the same reminder: the profile is confirmed already, nothing moves.
    expect(await confirmByToken(db, editorToken, new Date(confirmedNow.getTime() + days(1)))).toMatchObject({ status: "already" });
    expect((await confirmedAtOf(startup.id))?.getTime()).toBe(confirmedNow.getTime());

    const [audit] = await db.select({ actorId: auditLog.actorId, details: auditLog.details }).from(auditLog).where(and(eq(auditLog.action, "startup.confirm"), eq(auditLog.targetId, startup.id)));
    expect(audit).toMatchObject({ actorId: startup.owner.id, details: { via: "mail" } });

    const late = await team("Lien Expiré");
    await runReminderJob(db, now);
    const lateToken = await tokenFor(late.owner.email);
    expect(await confirmByToken(db, lateToken, new Date(now.getTime() + days(TOKEN_VALIDITY_DAYS) + 1))).toEqual({ status: "expired" });
    expect(await confirmedAtOf(late.id)).toEqual(T0);

    const gone = await team("Lien Orphelin");
    await runReminderJob(db, now);
    const goneToken = await tokenFor(gone.editor.email);
    await db.delete(startupMembers).where(and(eq(startupMembers.startupId, gone.id), eq(startupMembers.userId, gone.editor.id)));
    expect(await confirmByToken(db, goneToken, now)).toEqual({ status: "unavailable" });
  });

  it("lets any team member confirm from the space, nobody else, and only a published profile; no moderation, no directory version move", async () => {
    const startup = await team("Confirmation Espace");
    const stranger = await insertUser(db);
    await expect(confirmProfile(db, stranger, startup.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmProfile(db, stranger, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);

    const before = await directoryGeneration(db);
    const now = new Date();
    await confirmProfile(db, startup.owner, startup.id, now);
    const after = await directoryGeneration(db);
    expect((await confirmedAtOf(startup.id))?.getTime()).toBe(now.getTime());
    // The public directory's version stays; only the freshness version moves (migration 0010).
    expect(after.version).toBe(before.version);
    expect(after.freshness).toBe(before.freshness + 1);
    // No revision was created for moderation.
    const revisions = await db.select({ status: startupRevisions.status }).from(startupRevisions).where(eq(startupRevisions.startupId, startup.id));
    expect(revisions.map((revision) => revision.status)).toEqual(["approved"]);
    const [audit] = await db.select({ actorId: auditLog.actorId, details: auditLog.details }).from(auditLog).where(and(eq(auditLog.action, "startup.confirm"), eq(auditLog.targetId, startup.id)));
    expect(audit).toMatchObject({ actorId: startup.owner.id, details: { via: "space", after: now.toISOString() } });

    await db.update(startups).set({ status: "unpublished" }).where(eq(startups.id, startup.id));
    await expect(confirmProfile(db, startup.owner, startup.id)).rejects.toBeInstanceOf(DomainError);
  });

  it("dates a profile from its last approved revision", async () => {
    const startup = await team("Approbation Datée");
    const moderator = await insertUser(db, { role: "moderator" });
    await saveDraft(db, startup.owner, startup.id, profile({ name: "Approbation Datée", tagline: "Une accroche toute neuve pour la relecture" }));
    await submitRevision(db, startup.owner, startup.id);
    const [pending] = await db.select({ id: startupRevisions.id }).from(startupRevisions).where(and(eq(startupRevisions.startupId, startup.id), eq(startupRevisions.status, "pending")));
    const before = await directoryGeneration(db);
    const approvedAround = Date.now();
    await approveRevision(db, moderator, pending!.id);
    expect((await confirmedAtOf(startup.id))!.getTime()).toBeGreaterThanOrEqual(approvedAround - 1000);
    // A real edit of a published profile still moves the directory version.
    expect((await directoryGeneration(db)).version).toBeGreaterThan(before.version);
  });

  it("shows the badge after 18 months, filters on freshness with its count, and ignores invalid values", async () => {
    const now = at(30);
    const name = (suffix: string) => `Fraîcheur Filtre ${suffix}`;
    await team(name("Récente"), at(30, -10));
    await team(name("Annuelle"), at(20));
    await team(name("Ancienne"), at(5));
    const search = (raw: Record<string, string>) => searchStartups(db, parseSearchParams({ q: "Fraîcheur Filtre", ...raw }), now);

    const all = await search({});
    expect(all.total).toBe(3);
    expect(Object.fromEntries(all.items.map((item) => [item.name, item.stale]))).toEqual({
      [name("Récente")]: false,
      [name("Annuelle")]: false,
      [name("Ancienne")]: true,
    });
    expect(all.facets.freshness).toEqual({ "6m": 1, "12m": 2, "18m": 2 });

    const fresh = await search({ fraicheur: "12m" });
    expect(fresh.items.map((item) => item.name).sort()).toEqual([name("Annuelle"), name("Récente")]);
    expect(fresh.total).toBe(2);
    // Its own facet ignores its own filter, like every other dimension.
    expect(fresh.facets.freshness).toEqual(all.facets.freshness);
    expect((await search({ fraicheur: "6m" })).items.map((item) => item.name)).toEqual([name("Récente")]);
    for (const bogus of ["24m", "", "12", "__proto__"]) expect((await search({ fraicheur: bogus })).total).toBe(3);
    // A repeated parameter keeps one value, in the list's own order: one spelling per state.
    expect(parseSearchParams({ fraicheur: ["12m", "6m"] }).freshness).toBe("6m");
  });

  it("lists stale profiles to staff only, and gives the share confirmed in the last 12 months", async () => {
    const reference = freshnessReference(at(40));
    const stale = await team("Liste Périmée", at(10));
    const member = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    await expect(listStaleProfiles(db, member, reference)).rejects.toBeInstanceOf(NotFoundError);
    const listed = await listStaleProfiles(db, moderator, reference);
    expect(listed.map((row) => row.slug)).toContain(stale.slug);
    expect(listed.every((row) => row.confirmedAt === null || row.confirmedAt < addMonths(reference, -18))).toBe(true);

    const share = await confirmedShare(db, reference);
    const [expected] = await db
      .select({ total: sql<number>`count(*)::int`, confirmed: sql<number>`(count(*) filter (where confirmed_at >= ${addMonths(reference, -12).toISOString()}::timestamptz))::int` })
      .from(startups)
      .where(eq(startups.status, "published"));
    expect(share).toEqual(expected);
    expect(share.total).toBeGreaterThan(0);
  });

  it("runs the job exactly once when two instances run it at the same time", async (context) => {
    const startup = await team("Deux Instances", new Date("2020-06-01T10:00:00Z"));
    const now = new Date("2021-07-01T10:00:00Z");
    let other: Db = db;
    let closeOther = async () => {};
    if (engine === "postgres") {
      // A second instance: its own client and connections to the same database.
      const second = await openPostgres(database.url!, { max: 2 });
      other = second.db;
      closeOther = second.close;
    } else {
      // PGlite is one process with a single connection: a second instance cannot open the same
      // data directory (db/lock.ts refuses it). Two passes at once in one process still run here.
      context.annotate?.("PGlite: two passes in one process (a second instance cannot open the data directory)");
    }
    try {
      const passes = await Promise.all([sendDueReminders(db, now), sendDueReminders(other, now), sendDueReminders(db, now), sendDueReminders(other, now)]);
      // One pass did the work; the others found the lock taken, or nothing left to do.
      expect(passes.filter((pass) => pass.reminders > 0)).toHaveLength(1);
      const reminders = await db.select({ kind: freshnessReminders.kind }).from(freshnessReminders).where(eq(freshnessReminders.startupId, startup.id));
      // 13 months after the confirmation: the first reminder, once.
      expect(reminders).toEqual([{ kind: "first" }]);
      const mails = await db.select({ to: emailOutbox.toAddress }).from(emailOutbox).where(sql`${emailOutbox.subject} like ${"%Deux Instances%"}`);
      expect(mails.map((mail) => mail.to).sort()).toEqual([startup.owner.email, startup.editor.email].sort());
      // And again, the next day, from both instances: nothing more for this cycle and kind.
      const nextDay = new Date(now.getTime() + days(1));
      await Promise.all([runReminderJob(db, nextDay), runReminderJob(other, nextDay)]);
      expect(await db.select({ kind: freshnessReminders.kind }).from(freshnessReminders).where(eq(freshnessReminders.startupId, startup.id))).toHaveLength(1);
    } finally {
      await closeOther();
    }
  });
});
