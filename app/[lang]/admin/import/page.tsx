import { ImportForm } from "@/components/admin/import-form";
import { importColumns } from "@/lib/admin/import";
import { requireStaff } from "@/lib/auth/session";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { importChunkAction } from "../actions";
import { refuseAccess } from "@/lib/auth/refuse";

export const generateMetadata = localizedMetadata("/admin/import", (d) => ({ title: d.admin.import.metaTitle, robots: { index: false } }));

export default async function ImportPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const t = dictionary().admin.import;
  const user = await requireStaff("/admin/import");
  if (user.role !== "admin") refuseAccess({ userId: user.id, need: "admin" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <section aria-labelledby="colonnes" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="colonnes" className="mb-3 text-xl font-semibold">{t.columns}</h2>
        <p className="mb-3 text-sm text-slate-700">{t.columnsIntro}</p>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t.columnsCaption}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b p-2">{t.column}</th>
              <th scope="col" className="border-b p-2">{t.content}</th>
            </tr>
          </thead>
          <tbody>
            {importColumns().map(([name, description]) => (
              <tr key={name}>
                <th scope="row" className="border-b p-2 text-left font-mono font-normal">{name}</th>
                <td className="border-b p-2">{description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ImportForm action={importChunkAction} />
    </div>
  );
}
