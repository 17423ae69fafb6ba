import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { RepublishForm, UnpublishForm } from "@/components/admin/decision-forms";
import { ButtonForm } from "@/components/admin/small-forms";
import { Notice } from "@/components/ui/notice";
import { requireStaff } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { startupForModeration } from "@/lib/moderation/startups";
import { republishAction, restoreAction, unpublishAction } from "../../actions";
import { lookup, type PageParam } from "@/lib/page-params";

export const generateMetadata = localizedMetadata(
  (p: { lang: string; slug: string }) => `/admin/fiches/${p.slug}`,
  (d) => ({ title: d.admin.startup.metaTitle, robots: { index: false } }),
);

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<{ etat?: PageParam }> };

export default async function AdminStartupPage({ params, searchParams }: Props) {
  await enterLang(params);
  const d = dictionary();
  const t = d.admin.startup;
  const { slug } = await params;
  const notice = lookup(t.notices, (await searchParams).etat);
  const user = await requireStaff(`/admin/fiches/${slug}`);
  const { startup, members, history } = await startupForModeration(await getDb(), user, slug).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={href("/admin")} className="text-brand-700 underline">
          {t.back}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{startup.name}</h1>
      {notice && <Notice tone="success">{notice}</Notice>}
      <p className="text-slate-700">
        {t.liveStatus(d.space.liveStatus[startup.status] ?? "")}
        {startup.status === "published" && (
          <>
            {" · "}
            {/* No prefetch from private pages to public profiles (each a cached page of its own):
                it costs a render, and once the profile is unpublished it answers 404. */}
            <Link prefetch={false} href={href(`/startups/${startup.slug}`)} className="text-brand-700 underline">
              {t.viewPublic}
            </Link>
          </>
        )}
      </p>
      <section aria-labelledby="equipe" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="equipe" className="mb-2 text-xl font-semibold">{t.team}</h2>
        {members.length === 0 ? (
          <p className="font-semibold text-amber-900">{t.noMembers}</p>
        ) : (
          <ul>
            {members.map((member) => (
              <li key={member.email}>
                {member.name || member.email} ({d.space.role[member.role]})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="publication" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="publication" className="mb-3 text-xl font-semibold">{t.publication}</h2>
        {startup.status === "published" && <UnpublishForm action={unpublishAction.bind(null, startup.id, startup.slug)} />}
        {startup.status === "unpublished" && <RepublishForm action={republishAction.bind(null, startup.id, startup.slug)} />}
        {startup.status === "draft" && <p>{t.neverPublished}</p>}
      </section>
      <section aria-labelledby="historique" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="historique" className="mb-2 text-xl font-semibold">{t.history}</h2>
        <ul className="space-y-1 text-sm">
          {history.map((revision) => (
            <li key={revision.id}>
              {d.space.status[revision.status]}
              {revision.decidedAt ? ` ${t.decidedOn(d.format.date(revision.decidedAt))}` : ""}
              {revision.reviewer ? ` ${t.decidedBy(revision.reviewer)}` : ""}
              {revision.id === startup.currentRevisionId ? ` ${t.currentVersion}` : ""}
              {revision.status === "approved" && revision.id !== startup.currentRevisionId && (
                <ButtonForm action={restoreAction.bind(null, revision.id, startup.slug)} label={t.restore} />
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
