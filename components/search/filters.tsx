// The directory's filters, each value with its count for the current query (facets). Plain HTML
// inside the search form, which works without JavaScript (a GET form) and is enhanced by
// AutoSubmitForm. A server component (issue 13): as a client component it shipped both
// dictionaries to the browser, for a few kB less of RSC payload in the document.
import { currentLang, dictionary } from "@/lib/i18n/server";
import type { FacetCounts } from "@/lib/search/search";
import type { SearchParams } from "@/lib/search/params";
import { METROPOLISES, STAGES, TEAM_BANDS } from "@/lib/startups/options";
import { FRESHNESS_FILTER_IDS } from "@/lib/freshness/policy";
import type { Sector } from "@/lib/sectors";
import { sectorName } from "@/lib/sectors/name";
import type { Commune } from "@/lib/territory";

export type CommuneOption = Pick<Commune, "code" | "name" | "metropolis">;

function Count({ n }: { n: number | undefined }) {
  const t = dictionary().search;
  return <span className="ml-auto tabular-nums text-slate-600">{t.count(n ?? 0)}</span>;
}

function CheckboxOption(props: { name: string; value: string; label: string; count: number | undefined; checked: boolean }) {
  const id = `f-${props.name}-${props.value}`;
  return (
    <li className="flex items-center gap-2">
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value}
        defaultChecked={props.checked}
        className="size-4 accent-brand-700"
      />
      <label htmlFor={id} className="flex flex-1 gap-2 text-sm">
        <span>{props.label}</span>
        <Count n={props.count} />
      </label>
    </li>
  );
}

function RadioOption(props: { name: string; value: string; label: string; count?: number; checked: boolean }) {
  const id = `f-${props.name}-${props.value || "toutes"}`;
  return (
    <li className="flex items-center gap-2">
      <input type="radio" id={id} name={props.name} value={props.value} defaultChecked={props.checked} className="size-4 accent-brand-700" />
      <label htmlFor={id} className="flex flex-1 gap-2 text-sm">
        <span>{props.label}</span>
        {props.count !== undefined && <Count n={props.count} />}
      </label>
    </li>
  );
}

function Group({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="border-t border-slate-200 pt-4">
      <legend className="mb-2 text-sm font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

type Props = { params: SearchParams; facets: FacetCounts; sectors: Sector[]; communes: readonly CommuneOption[] };

export function Filters({ params, facets, sectors, communes }: Props) {
  const d = dictionary();
  const lang = currentLang();
  const t = d.search;
  const years = Object.keys(facets.year)
    .map(Number)
    .concat([params.yearMin, params.yearMax].filter((year): year is number => year !== null))
    .filter((year, index, all) => all.indexOf(year) === index)
    .sort((a, b) => b - a);
  const selectClass = "w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

  return (
    <div className="space-y-4">
      <Group legend={t.metropolis}>
        <ul className="space-y-1.5">
          {METROPOLISES.map((metropolis) => (
            <CheckboxOption
              key={metropolis}
              name="metropole"
              value={metropolis}
              label={d.metropolis[metropolis]}
              count={facets.metropolis[metropolis]}
              checked={params.metropolises.includes(metropolis)}
            />
          ))}
        </ul>
      </Group>

      <div className="border-t border-slate-200 pt-4">
        <label htmlFor="f-commune" className="mb-2 block text-sm font-semibold">
          {t.commune}
        </label>
        <select id="f-commune" name="commune" defaultValue={params.commune ?? ""} className={selectClass}>
          <option value="">{t.allCommunes}</option>
          {METROPOLISES.map((metropolis) => (
            <optgroup key={metropolis} label={d.metropolisLong[metropolis]}>
              {communes
                .filter((commune) => commune.metropolis === metropolis)
                .map((commune) => (
                  <option key={commune.code} value={commune.code}>
                    {commune.name} {t.count(facets.commune[commune.code] ?? 0)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>

      <Group legend={t.sectors}>
        <ul className="space-y-1.5">
          {sectors.map((sector) => (
            <CheckboxOption
              key={sector.slug}
              name="secteur"
              value={sector.slug}
              label={sectorName(sector, lang)}
              count={facets.sector[sector.slug]}
              checked={params.sectors.includes(sector.slug)}
            />
          ))}
        </ul>
      </Group>

      <Group legend={t.stage}>
        <ul className="space-y-1.5">
          {STAGES.map((stage) => (
            <CheckboxOption
              key={stage}
              name="stade"
              value={stage}
              label={d.stage[stage]}
              count={facets.stage[stage]}
              checked={params.stages.includes(stage)}
            />
          ))}
        </ul>
      </Group>

      <Group legend={d.profile.hiring}>
        <ul>
          <CheckboxOption name="recrute" value="1" label={t.hiring} count={facets.hiring} checked={params.hiring} />
        </ul>
      </Group>

      <Group legend={t.foundedYear}>
        <div className="grid grid-cols-2 gap-3">
          {(
            [
              ["annee_min", t.yearMin, params.yearMin],
              ["annee_max", t.yearMax, params.yearMax],
            ] as const
          ).map(([name, label, value]) => (
            <div key={name}>
              <label htmlFor={`f-${name}`} className="mb-1 block text-sm">
                {label}
              </label>
              <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
                <option value="">{t.anyYear}</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year} {t.count(facets.year[year] ?? 0)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </Group>

      <Group legend={d.freshness.filter.legend}>
        <ul className="space-y-1.5">
          <RadioOption name="fraicheur" value="" label={d.freshness.filter.any} checked={params.freshness === null} />
          {FRESHNESS_FILTER_IDS.map((id) => (
            <RadioOption
              key={id}
              name="fraicheur"
              value={id}
              label={d.freshness.filter.options[id]!}
              count={facets.freshness[id]}
              checked={params.freshness === id}
            />
          ))}
        </ul>
      </Group>

      <Group legend={t.teamSize}>
        <ul className="space-y-1.5">
          {TEAM_BANDS.map((band) => (
            <CheckboxOption
              key={band.id}
              name="effectif"
              value={band.id}
              label={d.teamBand[band.id]}
              count={facets.teamBand[band.id]}
              checked={params.teamBands.includes(band.id)}
            />
          ))}
        </ul>
      </Group>
    </div>
  );
}
