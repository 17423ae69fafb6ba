"use client";
// CSV import: the file is parsed here and sent in chunks, so that a large file shows progress.
// A dry run first reports each row's errors; the import then creates what passes.
import { parse } from "csv-parse/browser/esm/sync";
import { useState } from "react";
import type { ImportChunkResult } from "@/app/[lang]/admin/actions";
import { Notice } from "@/components/ui/notice";
import type { RowReport } from "@/lib/admin/import";
import { useT } from "@/lib/i18n/client";

const CHUNK = 100;

type Props = { action: (input: { rows: unknown; firstLine: number; mode: "pending" | "published"; dryRun: boolean }) => Promise<ImportChunkResult> };

export function ImportForm({ action }: Props) {
  const d = useT();
  const t = d.admin.import;
  const [mode, setMode] = useState<"pending" | "published">("pending");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [reports, setReports] = useState<RowReport[] | null>(null);
  const [summary, setSummary] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(form: HTMLFormElement, dryRun: boolean) {
    const file = new FormData(form).get("fichier");
    if (!(file instanceof File) || file.size === 0) {
      setSummary({ tone: "error", text: t.noFile });
      return;
    }
    let rows: Record<string, string>[];
    try {
      rows = parse(await file.text(), { columns: true, skip_empty_lines: true, trim: true, bom: true, delimiter: [",", ";"] });
    } catch (error) {
      setSummary({ tone: "error", text: t.unreadable((error as Error).message) });
      return;
    }
    setBusy(true);
    setReports(null);
    setSummary(null);
    const all: RowReport[] = [];
    let imported = 0;
    setProgress({ done: 0, total: rows.length });
    for (let start = 0; start < rows.length; start += CHUNK) {
      // Line numbers as in a spreadsheet: the header is line 1.
      const result = await action({ rows: rows.slice(start, start + CHUNK), firstLine: start + 2, mode, dryRun });
      if (!result.ok) {
        setSummary({ tone: "error", text: result.message });
        setBusy(false);
        return;
      }
      all.push(...result.reports);
      imported += result.imported;
      setProgress({ done: Math.min(rows.length, start + CHUNK), total: rows.length });
    }
    const failing = all.filter((row) => row.errors.length || row.duplicates.length).length;
    setReports(all);
    setSummary(
      dryRun
        ? { tone: failing ? "error" : "success", text: t.dryRunDone(all.length - failing, failing) }
        : { tone: "success", text: t.imported(imported, failing) },
    );
    setBusy(false);
  }

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void run(event.currentTarget, submitter?.value !== "import");
      }}
    >
      <div>
        <label htmlFor="fichier" className="block font-semibold">
          {t.file}
        </label>
        <input id="fichier" name="fichier" type="file" accept=".csv,text/csv" className="mt-1 block w-full max-w-full text-sm" />
      </div>
      <fieldset>
        <legend className="font-semibold">{t.mode}</legend>
        {(["pending", "published"] as const).map((value) => (
          <div key={value} className="flex items-center gap-2">
            <input type="radio" id={`mode-${value}`} name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="accent-brand-700" />
            <label htmlFor={`mode-${value}`}>{t.modes[value]}</label>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" value="dry-run" disabled={busy} className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold disabled:opacity-70">
          {t.dryRun}
        </button>
        <button type="submit" value="import" disabled={busy} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-70">
          {t.submit}
        </button>
      </div>
      {progress && (
        <div>
          <label htmlFor="progression" className="text-sm">
            {t.progress(progress.done, progress.total)}
          </label>
          <progress id="progression" max={progress.total || 1} value={progress.done} className="block w-full" />
        </div>
      )}
      {summary && <Notice tone={summary.tone}>{summary.text}</Notice>}
      {reports && reports.some((row) => row.errors.length || row.duplicates.length) && (
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="mb-2 text-left font-semibold">{t.failingRows}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b p-2">{t.line}</th>
              <th scope="col" className="border-b p-2">{t.name}</th>
              <th scope="col" className="border-b p-2">{t.problems}</th>
            </tr>
          </thead>
          <tbody>
            {reports
              .filter((row) => row.errors.length || row.duplicates.length)
              .map((row) => (
                <tr key={row.line}>
                  <th scope="row" className="border-b p-2 text-left font-normal">{row.line}</th>
                  <td className="border-b p-2">{row.name}</td>
                  <td className="border-b p-2">{[...row.errors, ...row.duplicates.map((d) => t.duplicate(d))].join(" · ")}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </form>
  );
}
