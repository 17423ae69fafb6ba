import { getDb } from "@/db/client";
import { ButtonForm, SectorAddForm, SectorMergeForm, SectorRenameForm } from "@/components/admin/small-forms";
import { requireStaff } from "@/lib/auth/session";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { listSectors } from "@/lib/sectors";
import { sectorName } from "@/lib/sectors/name";
import { addSectorAction, mergeSectorAction, moveSectorAction, renameSectorAction } from "../actions";
import { refuseAccess } from "@/lib/auth/refuse";

export const generateMetadata = localizedMetadata("/admin/secteurs", (d) => ({ title: d.admin.sectors.metaTitle, robots: { index: false } }));

export default async function SectorsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await enterLang(params);
  const t = dictionary().admin.sectors;
  const user = await requireStaff("/admin/secteurs");
  if (user.role !== "admin") refuseAccess({ userId: user.id, need: "admin" });
  const sectors = await listSectors(await getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <SectorAddForm action={addSectorAction} />
      <ol className="space-y-3">
        {sectors.map((sector, index) => (
          <li key={sector.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
            <p className="font-semibold">
              {index + 1}. {sectorName(sector, lang)} <span className="font-mono text-xs text-slate-600">{sector.slug}</span>
            </p>
            <SectorRenameForm action={renameSectorAction.bind(null, sector.id)} id={sector.id} nameFr={sector.nameFr} nameEn={sector.nameEn} />
            <div className="flex flex-wrap gap-2">
              {index > 0 && <ButtonForm action={moveSectorAction.bind(null, sector.id, "up")} label={t.moveUp(sectorName(sector, lang))} />}
              {index < sectors.length - 1 && <ButtonForm action={moveSectorAction.bind(null, sector.id, "down")} label={t.moveDown(sectorName(sector, lang))} />}
            </div>
            <SectorMergeForm action={mergeSectorAction.bind(null, sector.id)} id={sector.id} name={sectorName(sector, lang)} others={sectors.filter((other) => other.id !== sector.id)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
