// Bulk-generated published startups for benchmarks (`npm run db:seed -- --count N`).
// Inserted in multi-row batches, each with its approved revision and sectors, in one transaction
// per batch so that an interrupted run leaves only whole startups behind.
import { randomUUID } from "node:crypto";
import { fakerFR as faker } from "@faker-js/faker";
import type { Db } from "./client";
import { analyzeDirectory } from "./analyze";
import { sectors, startupRevisions, startupSectors, startups } from "./schema";
import { seedSectors } from "@/lib/sectors";
import { STAGES, type Stage } from "@/lib/startups/options";
import { listCommunes } from "@/lib/territory";
import type { ProfileData } from "@/lib/startups/profile";

const BATCH_SIZE = 500;

const PRODUCTS = [
  "plateforme SaaS", "application mobile", "capteur connecté", "logiciel d'analyse", "place de marché",
  "solution d'IA", "robot collaboratif", "jumeau numérique", "service de recyclage", "outil de pilotage",
];
const CUSTOMERS = [
  "PME industrielles", "collectivités normandes", "ports et armateurs", "exploitations agricoles",
  "établissements de santé", "commerçants indépendants", "écoles et universités", "transporteurs",
];

function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

export async function seedGenerated(db: Db, count: number, options: { log?: (line: string) => void; seed?: number } = {}) {
  const log = options.log ?? (() => {});
  faker.seed(options.seed ?? Date.now());
  await seedSectors(db);
  const sectorRows = await db.select({ id: sectors.id, slug: sectors.slug, nameFr: sectors.nameFr }).from(sectors);
  const communes = listCommunes();
  const runId = Date.now().toString(36);
  const started = Date.now();

  for (let done = 0; done < count; ) {
    const size = Math.min(BATCH_SIZE, count - done);
    const liveRows: (typeof startups.$inferInsert)[] = [];
    const revisionRows: (typeof startupRevisions.$inferInsert)[] = [];
    const sectorLinks: (typeof startupSectors.$inferInsert)[] = [];

    for (let i = 0; i < size; i++) {
      const id = randomUUID();
      const revisionId = randomUUID();
      const name = `${faker.company.name()}`.slice(0, 70);
      const commune = faker.helpers.arrayElement(communes);
      const chosen = faker.helpers.arrayElements(sectorRows, { min: 1, max: 3 });
      const stage: Stage = faker.helpers.arrayElement(STAGES);
      const publishedAt = faker.date.between({ from: "2015-06-01", to: "2026-10-31" });
      const data: ProfileData = {
        name,
        tagline: `${faker.helpers.arrayElement(PRODUCTS)} pour les ${faker.helpers.arrayElement(CUSTOMERS)}`,
        description: `${name} conçoit une ${faker.helpers.arrayElement(PRODUCTS)} destinée aux ${faker.helpers.arrayElement(CUSTOMERS)}. ${faker.lorem.sentences(3)}`,
        communeCode: commune.code,
        sectors: chosen.map((sector) => sector.slug),
        foundedYear: faker.number.int({ min: 2008, max: 2026 }),
        teamSize: faker.number.int({ min: 1, max: stage === "mature" ? 250 : 40 }),
        fundsRaisedEur: faker.helpers.weightedArrayElement([
          { weight: 4, value: 0 },
          { weight: 6, value: faker.number.int({ min: 10, max: 5000 }) * 1000 },
        ]),
        stage,
        hiring: faker.datatype.boolean(0.4),
        website: null,
        linkedinUrl: null,
        twitterUrl: null,
        siren: null,
      };
      const { sectors: _sectorSlugs, ...liveFields } = data;
      void _sectorSlugs;
      liveRows.push({
        id,
        slug: `${slugify(name)}-${runId}-${(done + i).toString(36)}`,
        status: "published",
        ...liveFields,
        metropolis: commune.metropolis,
        sectorText: chosen.map((sector) => sector.nameFr).join(" "),
        sectorIds: chosen.map((sector) => sector.id),
        currentRevisionId: revisionId,
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      });
      revisionRows.push({ id: revisionId, startupId: id, status: "approved", data, submittedAt: publishedAt, decidedAt: publishedAt });
      for (const sector of chosen) sectorLinks.push({ startupId: id, sectorId: sector.id });
    }

    await db.transaction(async (tx) => {
      await tx.insert(startups).values(liveRows);
      await tx.insert(startupRevisions).values(revisionRows);
      await tx.insert(startupSectors).values(sectorLinks);
    });
    done += size;
    const seconds = (Date.now() - started) / 1000;
    log(`${done}/${count} startups (${Math.round(done / seconds)}/s)`);
  }
  await analyzeDirectory(db);
}
