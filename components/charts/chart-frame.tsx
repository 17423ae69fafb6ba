// The frame every chart shares: a title, a one-line summary, the SVG, and the same data as an
// accessible table, so that no one depends on the picture (or its colours) to read the figures.
import { cn } from "@/lib/cn";
import { dictionary } from "@/lib/i18n/server";

type Column = { header: string; numeric?: boolean };

type Props = {
  id: string;
  title: string;
  summary: string;
  columns: Column[];
  rows: (string | number)[][];
  children: React.ReactNode;
};

export function ChartFrame({ id, title, summary, columns, rows, children }: Props) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-5">
      <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h3>
      <p id={`${id}-summary`} className="mt-1 text-sm text-slate-700">
        {summary}
      </p>
      {/* The charts fit any width (their text keeps its size), so nothing scrolls sideways. */}
      <div className="mt-4 min-w-0">{children}</div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{dictionary().messages.charts.showData}</summary>
        {/* A long table scrolls inside its own frame, never the page. */}
        <div className="mt-2 max-w-full overflow-x-auto" tabIndex={0}>
        <table className="w-full border-collapse">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={cn("border-b border-slate-300 p-1.5", column.numeric ? "text-right" : "text-left")}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cellIndex} scope="row" className="border-b border-slate-200 p-1.5 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={cellIndex} className={cn("border-b border-slate-200 p-1.5 tabular-nums", columns[cellIndex]?.numeric && "text-right")}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </figure>
  );
}
