import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { approveRevision, rejectRevision } from "@/lib/moderation/decisions";
import { unpublishStartup } from "@/lib/moderation/publication";
import { createStartup, submitRevision } from "@/lib/startups/revisions";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { computeStats, directoryStats } from "./compute";

describe.each(enginesUnderTest())("statistics on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const db = database.db;
    // A fixture whose every figure is known.
    await insertStartup(db, profile({ name: "Caen Un", communeCode: "14118", sectors: ["ia-data", "edtech"], foundedYear: 2015, teamSize: 3, fundsRaisedEur: 100_000, stage: "seed", hiring: true }), "published", new Date("2020-01-15T12:00:00Z"));
    await insertStartup(db, profile({ name: "Caen Deux", communeCode: "14327", sectors: ["edtech"], foundedYear: 2015, teamSize: 12, fundsRaisedEur: 0, stage: "growth" }), "published", new Date("2020-01-20T12:00:00Z"));
    await insertStartup(db, profile({ name: "Havre Un", communeCode: "76351", sectors: ["logistique-maritime"], foundedYear: 2018, teamSize: 60, fundsRaisedEur: 2_000_000, stage: "growth", hiring: true }), "published", new Date("2021-03-01T12:00:00Z"));
    await insertStartup(db, profile({ name: "Rouen Un", communeCode: "76540", sectors: ["ia-data"], foundedYear: 2020, teamSize: 5, fundsRaisedEur: 400_000, stage: "seed" }), "published", new Date("2021-03-05T12:00:00Z"));
    // Never counted.
    await insertStartup(db, profile({ name: "Brouillon", communeCode: "76540", teamSize: 1000 }), "draft");
    await insertStartup(db, profile({ name: "Retirée", communeCode: "14118", teamSize: 1000 }), "unpublished");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("computes every figure from published startups only", async () => {
    const stats = await computeStats(database.db, null);
    expect(stats.totals).toEqual({ startups: 4, jobs: 80, fundsEur: 2_500_000 });
    expect(stats.byMetropolis).toEqual([
      { metropolis: "caen", startups: 2, jobs: 15, fundsEur: 100_000, share: 0.5 },
      { metropolis: "le-havre", startups: 1, jobs: 60, fundsEur: 2_000_000, share: 0.25 },
      { metropolis: "rouen", startups: 1, jobs: 5, fundsEur: 400_000, share: 0.25 },
    ]);
    // A startup in two sectors counts in both.
    expect(stats.bySector.filter((sector) => sector.startups > 0)).toEqual([
      { slug: "edtech", name: "Edtech", nameEn: "Edtech", startups: 2, jobs: 15, fundsEur: 100_000 },
      { slug: "ia-data", name: "IA & data", nameEn: "AI & data", startups: 2, jobs: 8, fundsEur: 500_000 },
      { slug: "logistique-maritime", name: "Logistique & maritime", nameEn: "Logistics & maritime", startups: 1, jobs: 60, fundsEur: 2_000_000 },
    ]);
    expect(stats.byFoundedYear).toEqual([
      { year: 2015, startups: 2 },
      { year: 2018, startups: 1 },
      { year: 2020, startups: 1 },
    ]);
    expect(stats.byStage.filter((s) => s.startups > 0)).toEqual([
      { stage: "seed", startups: 2 },
      { stage: "growth", startups: 2 },
    ]);
    expect(stats.hiring).toEqual({ startups: 2, share: 0.5 });
    expect(stats.byTeamBand).toEqual([
      { band: "1-5", startups: 2 },
      { band: "6-10", startups: 0 },
      { band: "11-25", startups: 1 },
      { band: "26-50", startups: 0 },
      { band: "51+", startups: 1 },
    ]);
    expect(stats.growth).toEqual([
      { month: "2020-01", published: 2, cumulative: 2 },
      { month: "2021-03", published: 2, cumulative: 4 },
    ]);
    expect(stats.topCommunes.map((c) => [c.name, c.startups])).toEqual([
      ["Caen", 1],
      ["Hérouville-Saint-Clair", 1],
      ["Le Havre", 1],
      ["Rouen", 1],
    ]);
  });

  it("recomputes every figure for one metropolis", async () => {
    const stats = await computeStats(database.db, "caen");
    expect(stats.totals).toEqual({ startups: 2, jobs: 15, fundsEur: 100_000 });
    expect(stats.byMetropolis).toEqual([{ metropolis: "caen", startups: 2, jobs: 15, fundsEur: 100_000, share: 1 }]);
    expect(stats.hiring).toEqual({ startups: 1, share: 0.5 });
    expect(stats.growth).toEqual([{ month: "2020-01", published: 2, cumulative: 2 }]);
  });

  it("follows moderation: approval adds, rejection changes nothing, unpublication removes", async () => {
    const db = database.db;
    const before = await directoryStats(db, null);
    const owner = await insertUser(db);
    const moderator = await insertUser(db, { role: "moderator" });
    const accepted = await createStartup(db, owner, profile({ name: "Nouvelle Venue", communeCode: "76351", teamSize: 9, fundsRaisedEur: 50_000 }));
    const refused = await createStartup(db, owner, profile({ name: "Refusée Ici", communeCode: "76351", teamSize: 40 }));
    for (const { startupId } of [accepted, refused]) await submitRevision(db, owner, startupId);
    const pending = async (startupId: string) =>
      (await db.select({ id: startupRevisions.id }).from(startupRevisions).where(eq(startupRevisions.startupId, startupId)))[0]!.id;

    await rejectRevision(db, moderator, await pending(refused.startupId), "Ce projet n’est pas une startup.");
    expect((await directoryStats(db, null)).totals).toEqual(before.totals);

    await approveRevision(db, moderator, await pending(accepted.startupId));
    const afterApproval = await directoryStats(db, null);
    expect(afterApproval.totals).toEqual({ startups: before.totals.startups + 1, jobs: before.totals.jobs + 9, fundsEur: before.totals.fundsEur + 50_000 });
    expect(afterApproval.byMetropolis.find((m) => m.metropolis === "le-havre")?.startups).toBe(2);

    await unpublishStartup(db, moderator, accepted.startupId, "Fiche signalée comme obsolète.");
    expect((await directoryStats(db, null)).totals).toEqual(before.totals);
    const [row] = await db.select({ status: startups.status }).from(startups).where(eq(startups.id, accepted.startupId));
    expect(row!.status).toBe("unpublished");
  });
});
