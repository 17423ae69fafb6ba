// The admin CSV export reads as the admin does (issue 11): headers and values in words, with the
// INSEE code kept beside the commune's name for re-import; only admins may take it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { exportAllStartupsCsv } from "./export";

describe.each(enginesUnderTest())("the admin CSV export on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("names its columns and values in words, and keeps the INSEE code", async () => {
    const db = database.db;
    const admin = await insertUser(db, { role: "admin" });
    await insertStartup(db, profile({ name: "Export Lisible", communeCode: "76351" }));
    const csv = await exportAllStartupsCsv(db, admin);
    const [header, ...lines] = csv.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(header).toBe(
      "Adresse de la fiche (slug),Nom,Fiche publique,Dernière version,Métropole,Commune,Code INSEE de la commune,SIREN,Site web,Publiée le,Membres",
    );
    const line = lines.find((text) => text.includes("Export Lisible"))!;
    expect(line).toContain("Le Havre Seine Métropole");
    expect(line).toContain(",Publiée,");
    expect(line).toContain(",Le Havre,76351,");
    expect(line).not.toMatch(/,published,|,le-havre,/);
  });

  it("is refused to moderators and members", async () => {
    const db = database.db;
    for (const role of ["moderator", "member"] as const) {
      await expect(exportAllStartupsCsv(db, await insertUser(db, { role }))).rejects.toThrow();
    }
  });
});
