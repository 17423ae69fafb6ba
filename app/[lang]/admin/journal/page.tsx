import { ScrollRegion } from "@/components/ui/scroll-region";
import { getDb } from "@/db/client";
import { requireStaff } from "@/lib/auth/session";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { JournalDetails } from "@/components/admin/journal-details";
import { journalActions, readJournal } from "@/lib/moderation/journal";
import { singleParam, type PageParam } from "@/lib/page-params";
import { listSectors } from "@/lib/sectors";
import { sectorName } from "@/lib/sectors/name";

export const generateMetadata = localizedMetadata("/admin/journal", (d) => ({ title: d.admin.journal.metaTitle, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, PageParam>> };

export default async function JournalPage({ params, searchParams }: Props) {
  const lang = await enterLang(params);
  const d = dictionary();
  const t = d.admin.journal;
  const user = await requireStaff("/admin/journal");
  const query = await searchParams;
  const db = await getDb();
  const clean = (value: PageParam) => singleParam(value, 100);
  const filters = { acteur: clean(query.acteur), action: clean(query.action), startup: clean(query.startup), du: clean(query.du), au: clean(query.au) };
  const [entries, actions, sectors] = await Promise.all([
    readJournal(db, user, { actor: clean(filters.acteur), action: clean(filters.action), startup: clean(filters.startup), from: clean(filters.du), to: clean(filters.au) }),
    journalActions(db),
    listSectors(db),
  ]);
  const sectorNames = new Map(sectors.map((sector) => [sector.slug, sectorName(sector, lang)]));
  const input = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t.filters}>
        <div>
          <label htmlFor="acteur" className="block text-sm font-semibold">{t.actor}</label>
          <input id="acteur" name="acteur" defaultValue={filters.acteur ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="action" className="block text-sm font-semibold">{t.action}</label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={input}>
            <option value="">{t.allActions}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="startup" className="block text-sm font-semibold">{t.startup}</label>
          <input id="startup" name="startup" defaultValue={filters.startup ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="du" className="block text-sm font-semibold">{t.from}</label>
          <input id="du" name="du" type="date" defaultValue={filters.du ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="au" className="block text-sm font-semibold">{t.to}</label>
          <input id="au" name="au" type="date" defaultValue={filters.au ?? ""} className={input} />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">{t.filter}</button>
      </form>
      <ScrollRegion label={t.caption}>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b p-2">{t.date}</th>
              <th scope="col" className="border-b p-2">{t.actor}</th>
              <th scope="col" className="border-b p-2">{t.action}</th>
              <th scope="col" className="border-b p-2">{t.target}</th>
              <th scope="col" className="border-b p-2">{t.details}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="border-b p-2 whitespace-nowrap">{t.dateTime(entry.createdAt)}</td>
                <td className="border-b p-2">{entry.actor ?? d.admin.common.system}</td>
                <td className="border-b p-2 font-mono">{entry.action}</td>
                <td className="border-b p-2 font-mono text-xs">{entry.targetType} {entry.targetId}</td>
                <td className="border-b p-2">
                  <JournalDetails details={entry.details} sectorNames={sectorNames} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
