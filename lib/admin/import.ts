// Importing the ecosystem's existing spreadsheets (admins). Every row goes through the same
// validation as the profile form, plus the territory and duplicate checks. The browser parses
// the file and sends it in chunks, so large files show progress; each chunk is checked here.
import { analyzeDirectory } from "@/db/analyze";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { dictionary } from "@/lib/i18n/server";
import { listSectors } from "@/lib/sectors";
import { findDuplicates, websiteDomain } from "@/lib/startups/duplicates";
import { writeLiveProfile } from "@/lib/startups/live";
import type { ProfileData } from "@/lib/startups/profile";
import { profileFormSchema } from "@/lib/startups/profile-form";
import { slugify } from "@/lib/startups/revisions";
import { communeChoices } from "@/lib/territory";
import { assertAdmin } from "./users";

type ColumnTexts = ReturnType<typeof dictionary>["messages"]["import"]["columns"];

/**
 * The documented columns, in order: each one's name in the file, and the key of its description.
 * The names are part of the file format, French in both languages; the descriptions are text.
 */
const COLUMNS: readonly (readonly [string, keyof ColumnTexts])[] = [
  ["nom", "name"],
  ["accroche", "tagline"],
  ["description", "description"],
  ["commune", "commune"],
  ["secteurs", "sectors"],
  ["annee_creation", "foundedYear"],
  ["effectif", "teamSize"],
  ["fonds_leves_eur", "fundsRaised"],
  ["stade", "stage"],
  ["recrute", "hiring"],
  ["site_web", "website"],
  ["linkedin", "linkedin"],
  ["x", "twitter"],
  ["siren", "siren"],
];

/** The columns with what each holds, in the request's language, for the import page. */
export function importColumns(): [name: string, description: string][] {
  const texts = dictionary().messages.import.columns;
  return COLUMNS.map(([name, key]) => [name, texts[key]]);
}

export const MAX_CHUNK_ROWS = 200;
export const importChunkSchema = z.array(z.record(z.string(), z.string().max(10_000))).max(MAX_CHUNK_ROWS);

export type RowReport = { line: number; name: string; errors: string[]; duplicates: string[] };

function toFormInput(row: Record<string, string>) {
  return {
    name: row.nom ?? "",
    tagline: row.accroche ?? "",
    description: row.description ?? "",
    commune: row.commune ?? "",
    sectors: (row.secteurs ?? "").split("|").map((value) => value.trim()).filter(Boolean),
    foundedYear: row.annee_creation ?? "",
    teamSize: row.effectif ?? "",
    fundsRaisedEur: row.fonds_leves_eur ?? "",
    stage: (row.stade ?? "").trim(),
    hiring: /^(oui|true|1|yes)$/i.test((row.recrute ?? "").trim()),
    website: row.site_web ?? "",
    linkedinUrl: row.linkedin ?? "",
    twitterUrl: row.x ?? "",
    siren: row.siren ?? "",
  };
}

type Checked = { report: RowReport; data: ProfileData | null };

async function checkRows(db: Db, rows: Record<string, string>[], firstLine: number): Promise<Checked[]> {
  const t = dictionary().messages.import;
  const sectors = await listSectors(db);
  const schema = profileFormSchema(dictionary().messages.profile, communeChoices(), sectors.map((sector) => sector.slug), { inseeCodeFirst: true });
  const seen = new Map<string, number>();
  const checked: Checked[] = [];
  for (const [index, row] of rows.entries()) {
    const line = firstLine + index;
    const parsed = schema.safeParse(toFormInput(row));
    const report: RowReport = { line, name: (row.nom ?? "").trim(), errors: [], duplicates: [] };
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report.errors.push(t.rowError(String(issue.path[0] ?? t.wholeRow), issue.message));
      checked.push({ report, data: null });
      continue;
    }
    const data = parsed.data;
    for (const match of await findDuplicates(db, data, null, { publishedOnly: false })) report.duplicates.push(t.alreadyInDirectory(match.name));
    // Duplicates within the same chunk of the file.
    for (const key of [data.siren && `siren:${data.siren}`, websiteDomain(data.website) && `domain:${websiteDomain(data.website)}`, `name:${slugify(data.name)}`]) {
      if (!key) continue;
      const earlier = seen.get(key);
      if (earlier !== undefined) report.duplicates.push(t.sameFileLine(earlier));
      else seen.set(key, line);
    }
    checked.push({ report, data });
  }
  return checked;
}

/** The dry run: what each row would give, without writing anything. */
export async function dryRunImport(db: Db, admin: { id: string }, rows: Record<string, string>[], firstLine: number): Promise<RowReport[]> {
  await assertAdmin(db, admin.id);
  return (await checkRows(db, rows, firstLine)).map((row) => row.report);
}

/** Imports the rows that pass every check, as pending submissions or published profiles. */
export async function importStartups(
  db: Db,
  admin: { id: string },
  rows: Record<string, string>[],
  firstLine: number,
  mode: "pending" | "published",
): Promise<{ imported: number; reports: RowReport[] }> {
  await assertAdmin(db, admin.id);
  const checked = await checkRows(db, rows, firstLine);
  let imported = 0;
  for (const { report, data } of checked) {
    if (!data || report.errors.length || report.duplicates.length) continue;
    await db.transaction(async (tx) => {
      await assertAdmin(tx, admin.id);
      const base = slugify(data.name);
      const [{ taken }] = (await tx.execute(sql`select count(*)::int as taken from startups where slug = ${base} or slug like ${`${base}-%`}`).then((r) =>
        Array.isArray(r) ? r : (r as { rows: unknown[] }).rows,
      )) as [{ taken: number }];
      const [startup] = await tx
        .insert(startups)
        .values({ slug: taken ? `${base}-${taken + 1}` : base, name: data.name })
        .returning({ id: startups.id });
      const now = new Date();
      const [revision] = await tx
        .insert(startupRevisions)
        .values({
          startupId: startup!.id,
          status: mode === "published" ? "approved" : "pending",
          data,
          authorId: admin.id,
          reviewerId: mode === "published" ? admin.id : null,
          submittedAt: now,
          decidedAt: mode === "published" ? now : null,
        })
        .returning({ id: startupRevisions.id });
      if (mode === "published") await writeLiveProfile(tx, startup!.id, data, revision!.id, { status: "published", publishedAt: now });
      await appendAudit(tx, { actorId: admin.id, action: "startup.import", targetType: "startup", targetId: startup!.id, details: { mode, line: report.line, name: data.name } });
    });
    imported++;
  }
  if (imported > 0) await analyzeDirectory(db);
  return { imported, reports: checked.map((row) => row.report) };
}
