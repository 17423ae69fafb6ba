// The authorization matrix of the admin domain: every moderation and admin function, called
// directly (as a forged server action call would), against each kind of user. Roles are re-read
// from the database, so a demotion takes effect on the very next call.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { startupRevisions, startups, users } from "@/db/schema";
import { exportAllStartupsCsv } from "@/lib/admin/export";
import { listUsers, setDisabled, setRole } from "@/lib/admin/users";
import { NotFoundError } from "@/lib/errors";
import { requestClaim } from "@/lib/startups/claims";
import { createStartup, submitRevision } from "@/lib/startups/revisions";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { decideClaim, listPendingClaims } from "./claims";
import { moderationDashboard } from "./dashboard";
import { approveRevision, rejectRevision } from "./decisions";
import { readJournal } from "./journal";
import { republishStartup, unpublishStartup } from "./publication";
import { moderationQueue } from "./queue";
import { restoreRevision } from "./restore";
import { revisionForReview } from "./review";
import { startupForModeration } from "./startups";

type Who = "member" | "disabled moderator" | "moderator" | "admin";
const WHO: Who[] = ["member", "disabled moderator", "moderator", "admin"];

describe.each(enginesUnderTest())("admin authorization matrix on %s", (engine) => {
  let database: Database;
  const actors = {} as Record<Who, { id: string }>;
  let target: { id: string };
  let revisionId = "";
  let startupId = "";
  let slug = "";
  let claimId = "";

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const db = database.db;
    actors.member = await insertUser(db);
    actors["disabled moderator"] = await insertUser(db, { role: "moderator" });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, actors["disabled moderator"].id));
    actors.moderator = await insertUser(db, { role: "moderator" });
    actors.admin = await insertUser(db, { role: "admin" });
    await insertUser(db, { role: "admin" }); // So that demoting one admin is allowed.
    target = await insertUser(db);
    slug = await insertStartup(db, profile({ name: "Cible Publiée" }));
    const owner = await insertUser(db);
    startupId = (await createStartup(db, owner, profile({ name: "Cible En Attente" }))).startupId;
    await submitRevision(db, owner, startupId);
    revisionId = (await db.select({ id: startupRevisions.id }).from(startupRevisions).where(eq(startupRevisions.startupId, startupId)))[0]!.id;
  });
  afterAll(async () => {
    await database?.close();
  });

  // Each operation, and the least role that may run it. Mutations are written so that a call
  // that gets through succeeds or fails with a domain error, never with NotFoundError.
  const reads: [string, "moderator" | "admin", (actor: { id: string }) => Promise<unknown>][] = [
    ["moderation queue", "moderator", (a) => moderationQueue(database.db, a)],
    ["dashboard", "moderator", (a) => moderationDashboard(database.db, a)],
    ["journal", "moderator", (a) => readJournal(database.db, a, {})],
    ["review page data", "moderator", (a) => revisionForReview(database.db, a, revisionId)],
    ["startup page data", "moderator", (a) => startupForModeration(database.db, a, slug)],
    ["claim requests", "moderator", (a) => listPendingClaims(database.db, a)],
    ["user list", "admin", (a) => listUsers(database.db, a, "")],
    ["CSV export", "admin", (a) => exportAllStartupsCsv(database.db, a)],
  ];

  it.each(WHO)("reads: %s gets exactly what the role allows", async (who) => {
    for (const [name, least, read] of reads) {
      const allowed = who === "admin" || (who === "moderator" && least === "moderator");
      const outcome = read(actors[who]);
      if (allowed) await expect(outcome, `${who} → ${name}`).resolves.toBeDefined();
      else await expect(outcome, `${who} → ${name}`).rejects.toThrow(NotFoundError);
    }
  });

  it("mutations: members and disabled moderators are refused everything", async () => {
    const db = database.db;
    for (const who of ["member", "disabled moderator"] as const) {
      const actor = actors[who];
      const attempts: [string, () => Promise<unknown>][] = [
        ["approve", () => approveRevision(db, actor, revisionId)],
        ["reject", () => rejectRevision(db, actor, revisionId, "Un motif suffisamment long.")],
        ["unpublish", () => unpublishStartup(db, actor, startupId, "Un motif suffisamment long.")],
        ["republish", () => republishStartup(db, actor, startupId)],
        ["restore", () => restoreRevision(db, actor, revisionId)],
        ["decide claim", () => decideClaim(db, actor, "00000000-0000-4000-8000-000000000000", { approve: true })],
        ["set role", () => setRole(db, actor, target.id, "admin")],
        ["disable", () => setDisabled(db, actor, target.id, true)],
      ];
      for (const [name, attempt] of attempts) await expect(attempt(), `${who} → ${name}`).rejects.toThrow(NotFoundError);
    }
    const [unchanged] = await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, target.id));
    expect(unchanged).toEqual({ role: "member", disabledAt: null });
  });

  it("mutations: moderators moderate but cannot administer; admins can", async () => {
    const db = database.db;
    await expect(setRole(db, actors.moderator, target.id, "moderator")).rejects.toThrow(NotFoundError);
    await expect(setDisabled(db, actors.moderator, target.id, true)).rejects.toThrow(NotFoundError);
    await setRole(db, actors.admin, target.id, "moderator");
    // The new moderator can act at once; demoted, they lose it at once.
    await expect(moderationQueue(db, target)).resolves.toBeDefined();
    await setRole(db, actors.admin, target.id, "member");
    await expect(moderationQueue(db, target)).rejects.toThrow(NotFoundError);

    const claimant = await insertUser(db);
    // Only a published profile can be claimed.
    const [published] = await db.select({ id: startups.id }).from(startups).where(eq(startups.slug, slug));
    await requestClaim(db, claimant, published!.id, "C’est notre startup, voici pourquoi.");
    claimId = (await listPendingClaims(db, actors.moderator))[0]!.id;
    await decideClaim(db, actors.moderator, claimId, { approve: false, reason: "Aucun lien démontré avec la startup." });
    await approveRevision(db, actors.moderator, revisionId);
  });

  it("never lets the last admin be demoted or disabled", async () => {
    const db = database.db;
    const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    const [first, ...others] = admins;
    for (const other of others) await setRole(db, first!, other.id, "member");
    await expect(setRole(db, first!, first!.id, "member")).rejects.toThrow(/dernier administrateur/);
    await expect(setDisabled(db, first!, first!.id, true)).rejects.toThrow(/dernier administrateur/);
  });
});
