import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { QueueForm } from "@/components/admin/queue-form";
import { Notice } from "@/components/ui/notice";
import { requireStaff } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/fr";
import { moderationDashboard } from "@/lib/moderation/dashboard";
import { moderationQueue } from "@/lib/moderation/queue";
import { bulkDecideAction } from "./actions";

export const metadata: Metadata = { title: "Modération", robots: { index: false } };

function age(since: Date | null): string {
  if (!since) return "—";
  const hours = Math.max(0, (Date.now() - since.getTime()) / 3_600_000);
  return hours < 1 ? "moins d’une heure" : hours < 48 ? `${Math.floor(hours)} h` : `${Math.floor(hours / 24)} jours`;
}

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<{ etat?: string }> }) {
  const user = await requireStaff("/admin");
  const db = await getDb();
  const [dashboard, queue] = await Promise.all([moderationDashboard(db, user), moderationQueue(db, user)]);
  const { etat } = await searchParams;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">Modération</h1>
      {etat === "decide" && <Notice tone="success">Décision enregistrée.</Notice>}
      <section aria-labelledby="tableau-de-bord">
        <h2 id="tableau-de-bord" className="sr-only">
          Tableau de bord
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">En attente</dt>
            <dd className="text-2xl font-semibold" data-testid="pending-count">
              {dashboard.pendingCount}
            </dd>
            <dd className="text-sm text-slate-600">la plus ancienne depuis {age(dashboard.oldestPending)}</dd>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">Délai médian de décision</dt>
            <dd className="text-2xl font-semibold">{dashboard.medianDecisionHours === null ? "—" : `${dashboard.medianDecisionHours.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} h`}</dd>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">Décisions sur 30 jours</dt>
            {dashboard.decisionsPerModerator.length === 0 ? (
              <dd>Aucune</dd>
            ) : (
              dashboard.decisionsPerModerator.map((row) => (
                <dd key={row.moderator} className="text-sm">
                  {row.moderator} : {row.decisions}
                </dd>
              ))
            )}
          </div>
        </dl>
      </section>
      <section aria-labelledby="file-attente" className="space-y-3">
        <h2 id="file-attente" className="text-xl font-semibold">
          Soumissions en attente ({queue.length})
        </h2>
        {queue.length === 0 ? (
          <p className="text-slate-700">Aucune soumission en attente.</p>
        ) : (
          <QueueForm action={bulkDecideAction} items={queue.map((item) => ({ ...item, age: age(item.submittedAt), submittedAt: undefined }))} />
        )}
      </section>
      <section aria-labelledby="journal-recent">
        <h2 id="journal-recent" className="mb-2 text-xl font-semibold">
          Dernières entrées du journal
        </h2>
        {dashboard.recent.length === 0 && <p className="text-sm text-slate-700">Aucune entrée pour l’instant.</p>}
        <ul className="space-y-1 text-sm">
          {dashboard.recent.map((entry, index) => (
            <li key={index}>
              {formatDate(entry.createdAt)} · {entry.actor ?? "système"} · {entry.action}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
