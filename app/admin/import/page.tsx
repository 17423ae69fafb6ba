import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/admin/import-form";
import { IMPORT_COLUMNS } from "@/lib/admin/import";
import { requireStaff } from "@/lib/auth/session";
import { importChunkAction } from "../actions";

export const metadata: Metadata = { title: "Import CSV", robots: { index: false } };

export default async function ImportPage() {
  const user = await requireStaff("/admin/import");
  if (user.role !== "admin") notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Import CSV</h1>
      <section aria-labelledby="colonnes" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="colonnes" className="mb-3 text-xl font-semibold">Colonnes attendues</h2>
        <p className="mb-3 text-sm text-slate-700">La première ligne donne les noms de colonnes ci-dessous. Chaque ligne est vérifiée comme le formulaire de fiche, avec la commune et la détection de doublons.</p>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Colonnes du fichier</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b p-2">Colonne</th>
              <th scope="col" className="border-b p-2">Contenu</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map(([name, description]) => (
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
