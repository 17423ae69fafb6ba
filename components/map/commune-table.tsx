// The map's figures as a table, for people who don't use the picture. Sorted on the server; each
// sortable column's header is a link, so sorting works without JavaScript.
import Link from "next/link";
import { cn } from "@/lib/cn";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { dictionary } from "@/lib/i18n/server";
import type { CommuneFigures, CommuneSort } from "@/lib/stats/by-commune";

type Column = { sort: CommuneSort; header: string; numeric: boolean; cell: (row: CommuneFigures) => string };

/** The columns in a language: built per render, since headers and number formats follow the page's. */
function columnsIn(d: Dictionary): Record<CommuneSort, Column> {
  const t = d.map.table;
  const formatInteger = d.format.integer;
  const rate = (value: number | null) => (value === null ? "—" : d.map.formatRate(value));
  return {
    commune: { sort: "commune", header: t.commune, numeric: false, cell: (row) => row.name },
    metropole: { sort: "metropole", header: t.metropolis, numeric: false, cell: (row) => d.metropolis[row.metropolis] },
    startups: { sort: "startups", header: t.startups, numeric: true, cell: (row) => formatInteger(row.startups) },
    emplois: { sort: "emplois", header: t.jobs, numeric: true, cell: (row) => formatInteger(row.jobs) },
    habitants: { sort: "habitants", header: t.population, numeric: true, cell: (row) => formatInteger(row.population) },
    taux: { sort: "taux", header: t.startupsPer10k, numeric: true, cell: (row) => rate(row.startupsPer10k) },
    "taux-emplois": { sort: "taux-emplois", header: t.jobsPer10k, numeric: true, cell: (row) => rate(row.jobsPer10k) },
  };
}

type Props = {
  caption: string;
  rows: CommuneFigures[];
  /** The columns, the commune's name first; the metropolis is put after it when `showMetropolis`. */
  columns: CommuneSort[];
  showMetropolis: boolean;
  /** The column the rows are sorted by, and the link that sorts by another; omit both for a fixed order. */
  sort?: CommuneSort;
  sortHref?: (sort: CommuneSort) => string;
};

export function CommuneTable({ caption, rows, columns, showMetropolis, sort, sortHref }: Props) {
  // The metropolis column only where the rows span several metropolises, right after the name.
  const d = dictionary();
  const t = d.map.table;
  const all = columnsIn(d);
  const keys = showMetropolis ? [columns[0]!, "metropole" as const, ...columns.slice(1)] : columns;
  const shown = keys.map((key) => all[key]);
  const header = (column: Column) => (
    <th
      key={column.sort}
      scope="col"
      aria-sort={sort === column.sort ? (column.numeric ? "descending" : "ascending") : undefined}
      className={cn("px-2 py-2 font-semibold", column.numeric ? "text-right" : "text-left")}
    >
      {sortHref && sort !== column.sort ? (
        <Link href={sortHref(column.sort)} prefetch={false} scroll={false} className="text-brand-700 underline" aria-label={t.sortBy(column.header)}>
          {column.header}
        </Link>
      ) : (
        <>
          {column.header}
          {sortHref && <span className="sr-only"> ({t.sortedBy})</span>}
          {sortHref && <span aria-hidden="true"> {column.numeric ? "↓" : "↑"}</span>}
        </>
      )}
    </th>
  );
  return (
    <div className="w-full max-w-full min-w-0 overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="commune-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300">
          <tr>
            {shown.map((column) => header(column))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className="border-b border-slate-100" data-commune={row.code}>
              <th scope="row" className="px-2 py-1.5 text-left font-normal">
                {shown[0]!.cell(row)}
              </th>
              {shown.slice(1).map((column) => (
                <td key={column.sort} className={cn("px-2 py-1.5", column.numeric && "text-right tabular-nums")}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
