import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { Notice } from "@/components/ui/notice";
import { requireStaff } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/fr";
import { listPendingRevisions } from "@/lib/moderation/decisions";

export const metadata: Metadata = { title: "Modération", robots: { index: false } };

export default async function AdminQueuePage({ searchParams }: { searchParams: Promise<{ etat?: string }> }) {
  const user = await requireStaff("/admin");
  const pending = await listPendingRevisions(await getDb(), user);
  const { etat } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Modération</h1>
      {etat === "decide" && <Notice tone="success">Décision enregistrée.</Notice>}
      <section aria-labelledby="file-attente">
        <h2 id="file-attente" className="mb-3 text-xl font-semibold">
          Soumissions en attente ({pending.length})
        </h2>
        {pending.length === 0 ? (
          <p className="text-slate-700">Aucune soumission en attente.</p>
        ) : (
          <ul className="space-y-2">
            {pending.map((revision) => (
              <li key={revision.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/admin/revisions/${revision.id}`} className="font-semibold text-brand-800 underline">
                  {revision.proposedName}
                </Link>
                <p className="text-sm text-slate-600">
                  {revision.baseRevisionId ? "Modification d’une fiche publiée" : "Nouvelle fiche"}
                  {revision.submittedAt ? ` · soumise le ${formatDate(revision.submittedAt)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
