// Editing the sector taxonomy (admins). Startups keep a denormalised copy of their sectors
// (sector_ids, and French names in sector_text for search), so every change here rewrites it.
import { asc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { sectors, startupSectors } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { slugify } from "@/lib/startups/revisions";
import { assertAdmin } from "./users";

/** Recomputes the denormalised sector names of the startups in a sector (after a rename). */
async function refreshSectorText(tx: Executor, sectorId: number) {
  await tx.execute(sql`
    update startups set sector_text = coalesce((
      select string_agg(s.name_fr, ' ' order by s.position) from sectors s where s.id = any(startups.sector_ids)
    ), '') where ${sectorId} = any(sector_ids)`);
}
const NAME_MIN = 2;
const NAME_MAX = 80;

const nameSchema = (value: string, label: string) => {
  const t = dictionary().messages.sectors;
  const trimmed = value.trim();
  if (trimmed.length < NAME_MIN || trimmed.length > NAME_MAX) throw new DomainError(t.nameLength(label, NAME_MIN, NAME_MAX));
  return trimmed;
};

export async function addSector(db: Db, admin: { id: string }, input: { nameFr: string; nameEn: string }) {
  const t = dictionary().messages.sectors;
  const nameFr = nameSchema(input.nameFr, t.nameFr);
  const nameEn = nameSchema(input.nameEn, t.nameEn);
  await db.transaction(async (tx) => {
    await assertAdmin(tx, admin.id);
    const slug = slugify(nameFr);
    const [exists] = await tx.select({ id: sectors.id }).from(sectors).where(eq(sectors.slug, slug));
    if (exists) throw new DomainError(t.nameTaken);
    const [max] = await tx.select({ position: sql<number>`coalesce(max(${sectors.position}), -1)::int` }).from(sectors);
    const [created] = await tx.insert(sectors).values({ slug, nameFr, nameEn, position: (max?.position ?? -1) + 1 }).returning({ id: sectors.id });
    await appendAudit(tx, { actorId: admin.id, action: "sector.add", targetType: "sector", targetId: String(created!.id), details: { after: { slug, nameFr, nameEn } } });
  });
}

export async function renameSector(db: Db, admin: { id: string }, sectorId: number, input: { nameFr: string; nameEn: string }) {
  const t = dictionary().messages.sectors;
  const nameFr = nameSchema(input.nameFr, t.nameFr);
  const nameEn = nameSchema(input.nameEn, t.nameEn);
  await db.transaction(async (tx) => {
    await assertAdmin(tx, admin.id);
    const [before] = await tx.select({ nameFr: sectors.nameFr, nameEn: sectors.nameEn }).from(sectors).where(eq(sectors.id, sectorId));
    if (!before) throw new NotFoundError();
    await tx.update(sectors).set({ nameFr, nameEn }).where(eq(sectors.id, sectorId));
    await refreshSectorText(tx, sectorId);
    await appendAudit(tx, { actorId: admin.id, action: "sector.rename", targetType: "sector", targetId: String(sectorId), details: { before, after: { nameFr, nameEn } } });
  });
}

export async function moveSector(db: Db, admin: { id: string }, sectorId: number, direction: "up" | "down") {
  await db.transaction(async (tx) => {
    await assertAdmin(tx, admin.id);
    const all = await tx.select({ id: sectors.id }).from(sectors).orderBy(asc(sectors.position), asc(sectors.nameFr));
    const index = all.findIndex((sector) => sector.id === sectorId);
    if (index < 0) throw new NotFoundError();
    const swap = direction === "up" ? index - 1 : index + 1;
    if (swap < 0 || swap >= all.length) return;
    [all[index], all[swap]] = [all[swap]!, all[index]!];
    for (const [position, sector] of all.entries()) await tx.update(sectors).set({ position }).where(eq(sectors.id, sector.id));
    await appendAudit(tx, { actorId: admin.id, action: "sector.move", targetType: "sector", targetId: String(sectorId), details: { before: index, after: swap } });
  });
}

/** Moves every startup (and open revision) of `fromId` into `intoId`, then deletes `fromId`. */
export async function mergeSector(db: Db, admin: { id: string }, fromId: number, intoId: number) {
  const t = dictionary().messages.sectors;
  if (fromId === intoId) throw new DomainError(t.mergeSame);
  await db.transaction(async (tx) => {
    await assertAdmin(tx, admin.id);
    const rows = await tx.select({ id: sectors.id, slug: sectors.slug }).from(sectors).where(sql`${sectors.id} in (${fromId}, ${intoId})`);
    const from = rows.find((row) => row.id === fromId);
    const into = rows.find((row) => row.id === intoId);
    if (!from || !into) throw new NotFoundError();
    const moved = await tx.execute(sql`
      update startups set sector_ids = (
        select array_agg(distinct case when s = ${fromId} then ${intoId} else s end)::smallint[] from unnest(sector_ids) s
      ) where ${fromId} = any(sector_ids) returning id`);
    await tx.execute(sql`
      insert into startup_sectors (startup_id, sector_id)
      select startup_id, ${intoId} from startup_sectors where sector_id = ${fromId}
      on conflict do nothing`);
    await tx.delete(startupSectors).where(eq(startupSectors.sectorId, fromId));
    // Open drafts and submissions name sectors by slug: point them at the surviving sector.
    await tx.execute(sql`
      update startup_revisions set data = jsonb_set(data, '{sectors}', (
        select coalesce(jsonb_agg(distinct case when value = ${from.slug} then ${into.slug} else value end), '[]'::jsonb)
        from jsonb_array_elements_text(data->'sectors') as value
      )) where status in ('draft', 'pending') and data->'sectors' ? ${from.slug}`);
    await tx.delete(sectors).where(eq(sectors.id, fromId));
    await refreshSectorText(tx, intoId);
    const count = Array.isArray(moved) ? moved.length : ((moved as { rows?: unknown[] }).rows?.length ?? 0);
    await appendAudit(tx, { actorId: admin.id, action: "sector.merge", targetType: "sector", targetId: String(fromId), details: { before: from.slug, after: into.slug, startups: count } });
  });
}
