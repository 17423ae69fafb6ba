import { getDb } from "@/db/client";
import { QueueForm } from "@/components/admin/queue-form";
import { Notice } from "@/components/ui/notice";
import { requireStaff } from "@/lib/auth/session";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { moderationDashboard } from "@/lib/moderation/dashboard";
import { moderationQueue } from "@/lib/moderation/queue";
import { backupStatusForAdmin } from "@/lib/ops/backup-status";
import { bulkDecideAction } from "./actions";
import { singleParam, type PageParam } from "@/lib/page-params";

export const generateMetadata = localizedMetadata("/admin", (d) => ({ title: d.admin.dashboard.metaTitle, robots: { index: false } }));

function age(since: Date | null): string {
  const d = dictionary();
  const t = d.admin.dashboard;
  if (!since) return d.admin.common.none;
  const hours = Math.max(0, (Date.now() - since.getTime()) / 3_600_000);
  return hours < 1 ? t.ageUnderAnHour : hours < 48 ? t.ageHours(Math.floor(hours)) : t.ageDays(Math.floor(hours / 24));
}

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ etat?: PageParam }> };

export default async function AdminHomePage({ params, searchParams }: Props) {
  await enterLang(params);
  const d = dictionary();
  const t = d.admin.dashboard;
  const user = await requireStaff("/admin");
  const db = await getDb();
  const [dashboard, queue, backup] = await Promise.all([moderationDashboard(db, user), moderationQueue(db, user), backupStatusForAdmin(user)]);
  const etat = singleParam((await searchParams).etat);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      {etat === "decide" && (
        <Notice tone="success" focus>
          {t.decided}
        </Notice>
      )}
      <section aria-labelledby="tableau-de-bord">
        <h2 id="tableau-de-bord" className="sr-only">
          {t.heading}
        </h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t.pending}</dt>
            <dd className="text-2xl font-semibold" data-testid="pending-count">
              {dashboard.pendingCount}
            </dd>
            <dd className="text-sm text-slate-600">{t.oldestSince(age(dashboard.oldestPending))}</dd>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t.medianDelay}</dt>
            <dd className="text-2xl font-semibold">{dashboard.medianDecisionHours === null ? d.admin.common.none : t.medianHours(dashboard.medianDecisionHours)}</dd>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t.decisions}</dt>
            {dashboard.decisionsPerModerator.length === 0 ? (
              <dd>{t.noDecisions}</dd>
            ) : (
              dashboard.decisionsPerModerator.map((row) => (
                <dd key={row.moderator} className="text-sm">
                  {t.moderatorDecisions(row.moderator, row.decisions)}
                </dd>
              ))
            )}
          </div>
          {backup && (
            <div className="rounded-xl border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{t.lastBackup}</dt>
              <dd className="text-lg font-semibold" data-testid="last-backup">
                {backup.lastBackupAt ? t.lastBackupOn(d.format.date(backup.lastBackupAt), d.format.time(backup.lastBackupAt)) : t.noBackup}
              </dd>
            </div>
          )}
        </dl>
      </section>
      <section aria-labelledby="file-attente" className="space-y-3">
        <h2 id="file-attente" className="text-xl font-semibold">
          {t.queueHeading(queue.length)}
        </h2>
        {queue.length === 0 ? (
          <p className="text-slate-700">{t.queueEmpty}</p>
        ) : (
          <QueueForm action={bulkDecideAction} items={queue.map((item) => ({ ...item, age: age(item.submittedAt), submittedAt: undefined }))} />
        )}
      </section>
      <section aria-labelledby="journal-recent">
        <h2 id="journal-recent" className="mb-2 text-xl font-semibold">
          {t.recentHeading}
        </h2>
        {dashboard.recent.length === 0 && <p className="text-sm text-slate-700">{t.recentEmpty}</p>}
        <ul className="space-y-1 text-sm">
          {dashboard.recent.map((entry, index) => (
            <li key={index}>
              {d.format.date(entry.createdAt)} · {entry.actor ?? d.admin.common.system} · {entry.action}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
