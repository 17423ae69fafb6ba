import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, sectors, startupRevisions } from "@/db/schema";
import { parseSearchParams } from "@/lib/search/params";
import { searchStartups } from "@/lib/search/search";
import { listSectors } from "@/lib/sectors";
import { createStartup } from "@/lib/startups/revisions";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { addSector, mergeSector, moveSector, renameSector } from "./sectors";

describe.each(enginesUnderTest())("sector administration on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("adds, renames (search follows), reorders and merges sectors, moving their startups", async () => {
    const db = database.db;
    const admin = await insertUser(db, { role: "admin" });
    await insertStartup(db, profile({ name: "Quantique Une", sectors: ["robotique", "ia-data"] }));
    await insertStartup(db, profile({ name: "Quantique Deux", sectors: ["robotique"] }));
    const owner = await insertUser(db);
    const draft = await createStartup(db, owner, profile({ name: "Brouillon Robotique", sectors: ["robotique"] }));
    const id = async (slug: string) => (await listSectors(db)).find((sector) => sector.slug === slug)!.id;

    await addSector(db, admin, { nameFr: "Technologies quantiques", nameEn: "Quantum technologies" });
    expect((await listSectors(db)).at(-1)?.slug).toBe("technologies-quantiques");

    await renameSector(db, admin, await id("robotique"), { nameFr: "Robotique et cobotique", nameEn: "Robotics" });
    const found = await searchStartups(db, parseSearchParams({ q: "cobotique" }));
    expect(found.items.map((item) => item.name).sort()).toEqual(["Quantique Deux", "Quantique Une"]);

    const before = (await listSectors(db)).map((sector) => sector.slug);
    await moveSector(db, admin, await id("technologies-quantiques"), "up");
    const after = (await listSectors(db)).map((sector) => sector.slug);
    expect(after.indexOf("technologies-quantiques")).toBe(before.indexOf("technologies-quantiques") - 1);

    await mergeSector(db, admin, await id("robotique"), await id("technologies-quantiques"));
    expect(await db.select().from(sectors).where(eq(sectors.slug, "robotique"))).toEqual([]);
    const merged = await searchStartups(db, parseSearchParams({ secteur: "technologies-quantiques" }));
    expect(merged.total).toBe(2);
    expect(merged.items.find((item) => item.name === "Quantique Une")?.sectors.map((s) => s.slug).sort()).toEqual(["ia-data", "technologies-quantiques"]);
    const [open] = await db.select({ data: startupRevisions.data }).from(startupRevisions).where(eq(startupRevisions.startupId, draft.startupId));
    expect((open!.data as { sectors: string[] }).sectors).toEqual(["technologies-quantiques"]);
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, admin.id))).map((a) => a.action);
    expect(actions).toEqual(["sector.add", "sector.rename", "sector.move", "sector.merge"]);
  });
});
