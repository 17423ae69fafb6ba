// The agenda's filters: a plain GET form, so it works without JavaScript.
import { dictionary, href } from "@/lib/i18n/server";
import { EVENT_TYPES } from "@/lib/events/options";
import type { EventFilters } from "@/lib/events/params";
import { METROPOLISES } from "@/lib/startups/options";
const selectClass = "w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

export function EventFiltersForm({ filters, months }: { filters: EventFilters; months: { value: string; label: string }[] }) {
  const t = dictionary().events.list;
  return (
    <form method="get" action={href("/evenements")} aria-label={t.filters} className="grid grid-cols-1 gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      {filters.year && <input type="hidden" name="annee" value={filters.year} />}
      <div>
        <label htmlFor="f-metropole" className="mb-1 block text-sm font-semibold">
          {t.metropolis}
        </label>
        <select id="f-metropole" name="metropole" defaultValue={filters.metropolis ?? ""} className={selectClass}>
          <option value="">{t.allMetropolises}</option>
          {METROPOLISES.map((value) => (
            <option key={value} value={value}>
              {dictionary().metropolisLong[value]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-type" className="mb-1 block text-sm font-semibold">
          {t.type}
        </label>
        <select id="f-type" name="type" defaultValue={filters.type ?? ""} className={selectClass}>
          <option value="">{t.allTypes}</option>
          {EVENT_TYPES.map((value) => (
            <option key={value} value={value}>
              {dictionary().events.type[value]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-mois" className="mb-1 block text-sm font-semibold">
          {t.month}
        </label>
        <select id="f-mois" name="mois" defaultValue={filters.month ?? ""} className={selectClass}>
          <option value="">{t.allMonths}</option>
          {months.map((month) => (
            <option key={month.value} value={month.value}>
              {month.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 pb-1.5">
        <input type="checkbox" id="f-gratuit" name="gratuit" value="1" defaultChecked={filters.free} className="size-4 accent-brand-700" />
        <label htmlFor="f-gratuit" className="text-sm">
          {t.freeOnly}
        </label>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t.apply}
        </button>
        <a href={href(filters.year ? `/evenements?annee=${filters.year}` : "/evenements")} className="text-sm text-brand-700 underline">
          {t.reset}
        </a>
      </div>
    </form>
  );
}
