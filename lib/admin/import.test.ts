import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { seedSectors } from "@/lib/sectors";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, profile } from "@/tests/support/fixtures";
import { dryRunImport, importStartups } from "./import";

const CSV = `nom;accroche;description;commune;secteurs;annee_creation;effectif;fonds_leves_eur;stade;recrute;site_web;linkedin;x;siren
Import Valide;Une accroche tout à fait correcte;Une description suffisamment longue pour être acceptée par la validation du profil.;14118;ia-data;2019;5;;seed;oui;import-valide.fr;;;
Import Paris;Une accroche tout à fait correcte;Une description suffisamment longue pour être acceptée par la validation du profil.;75056;ia-data;2019;5;;seed;non;;;;
Import Invalide;court;trop court;Rouen (76000, 76100);inconnu;deux mille;0;;licorne;non;;;;123456789
Déjà Présente;Une accroche tout à fait correcte;Une description suffisamment longue pour être acceptée par la validation du profil.;Le Havre (76600, 76610, 76620);logistique-maritime;2015;12;100000;growth;non;;;;
Cotentin Labs;Une autre accroche correcte;Une description suffisamment longue pour être acceptée par la validation du profil.;76540;edtech|ia-data;2021;3;50000;idea;non;;;;`;

describe.each(enginesUnderTest())("CSV import on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedSectors(database.db);
    await insertStartup(database.db, profile({ name: "Déjà Présente" }));
  });
  afterAll(async () => {
    await database?.close();
  });

  const rows = () => parse(CSV, { columns: true, delimiter: ";", trim: true }) as Record<string, string>[];

  it("dry-runs every row with the profile form's validation, the territory and duplicates, writing nothing", async () => {
    const db = database.db;
    const admin = await insertUser(db, { role: "admin" });
    const before = (await db.select({ id: startups.id }).from(startups)).length;
    const reports = await dryRunImport(db, admin, rows(), 2);
    expect(reports.map((r) => [r.line, r.errors.length > 0, r.duplicates.length > 0])).toEqual([
      [2, false, false],
      [3, true, false],
      [4, true, false],
      [5, false, true],
      [6, false, false],
    ]);
    expect(reports[1]!.errors.join()).toContain("Caen la Mer");
    expect(reports[2]!.errors.length).toBeGreaterThanOrEqual(5);
    expect((await db.select({ id: startups.id }).from(startups)).length).toBe(before);
  });

  it("accepts the commune as people write it (any case, no accents, a postal code of one commune), and lists the candidates of a shared one", async () => {
    const db = database.db;
    const admin = await insertUser(db, { role: "admin" });
    const line = (name: string, commune: string) =>
      `${name};Une accroche tout à fait correcte;Une description suffisamment longue pour être acceptée par la validation du profil.;${commune};ia-data;2019;5;;seed;non;;;;`;
    const header = CSV.split("\n")[0];
    const csv = [header, line("Ecrite Une", "le havre"), line("Ecrite Deux", "herouville saint clair"), line("Ecrite Trois", "76600"), line("Ecrite Quatre", "14280")].join("\n");
    const reports = await dryRunImport(db, admin, parse(csv, { columns: true, delimiter: ";", trim: true }) as Record<string, string>[], 2);
    expect(reports.slice(0, 3).map((report) => report.errors)).toEqual([[], [], []]);
    // 14280 is shared by three communes: the error names each, so the admin can pick one.
    const shared = reports[3]!.errors.join();
    for (const name of ["Authie", "Saint-Contest", "Saint-Germain-la-Blanche-Herbe"]) expect(shared).toContain(name);
  });

  it("imports the valid rows as pending or published, as the admin chooses; members cannot", async () => {
    const db = database.db;
    const admin = await insertUser(db, { role: "admin" });
    const member = await insertUser(db);
    await expect(importStartups(db, member, rows(), 2, "published")).rejects.toThrow(NotFoundError);
    const result = await importStartups(db, admin, rows().slice(0, 1), 2, "published");
    expect(result.imported).toBe(1);
    const [live] = await db.select({ status: startups.status, metropolis: startups.metropolis }).from(startups).where(eq(startups.name, "Import Valide"));
    expect(live).toEqual({ status: "published", metropolis: "caen" });
    const pending = await importStartups(db, admin, rows().slice(4), 6, "pending");
    expect(pending.imported).toBe(1);
    const [row] = await db.select({ id: startups.id, status: startups.status }).from(startups).where(eq(startups.name, "Cotentin Labs"));
    expect(row!.status).toBe("draft");
    const [revision] = await db.select({ status: startupRevisions.status }).from(startupRevisions).where(eq(startupRevisions.startupId, row!.id));
    expect(revision!.status).toBe("pending");
  });
});
