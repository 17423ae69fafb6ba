import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { InviteForm, LogoForm, SimpleActionButton, SubmitRevisionForm } from "@/components/startups/space-forms";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { freshnessReference, isStale } from "@/lib/freshness/policy";
import { startupOverview } from "@/lib/startups/space";
import {
  cancelInvitationAction,
  claimAction,
  confirmProfileAction,
  inviteAction,
  removeMemberAction,
  submitAction,
  uploadLogoAction,
  withdrawAction,
} from "../actions";

type Params = { lang: string; id: string };
type Props = { params: Promise<Params>; searchParams: Promise<{ etat?: string }> };

export const generateMetadata = localizedMetadata<Params>((p) => `/espace/${p.id}`, (d) => ({ title: d.space.title, robots: { index: false } }));

export default async function StartupSpacePage({ params, searchParams }: Props) {
  await enterLang(params);
  const { id } = await params;
  const d = dictionary();
  const t = d.space;
  const freshness = d.freshness.space;
  const { etat } = await searchParams;
  const user = await requireUser(`/espace/${id}`);
  const overview = await startupOverview(await getDb(), user, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { startup, latest, lastDecision, members, invitations, role } = overview;
  const status = latest?.status ?? "draft";
  const rejection = lastDecision?.status === "rejected" && (status === "rejected" || status === "draft") ? lastDecision : null;
  const hasLogo = latest?.hasLogo || startup.hasLiveLogo;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={href("/espace")} className="text-brand-700 underline">
          ← {t.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{latest?.name ?? startup.name}</h1>
      {etat === "enregistre" && (
        <Notice tone="success" focus>
          {t.saved}
        </Notice>
      )}
      {etat === "soumise" && (
        <Notice tone="success" focus>
          {t.submitted}
        </Notice>
      )}

      <Section id="etat" title={t.statusLabel}>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t.statusLabel}</dt>
            <dd data-testid="revision-status" className="text-lg font-semibold">
              {t.status[status]}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t.liveLabel}</dt>
            <dd className="text-lg font-semibold">{t.liveStatus[startup.status]}</dd>
          </div>
        </dl>
        {rejection?.reviewNote && (
          <div className="mt-4">
            <Notice tone="error">
              <p className="font-semibold">
                {t.reviewNote}
                {rejection.decidedAt ? ` (${d.format.date(rejection.decidedAt)})` : ""}
              </p>
              <p data-testid="review-note" className="mt-1 whitespace-pre-line">
                {rejection.reviewNote}
              </p>
            </Notice>
          </div>
        )}
        <div className="mt-6 flex flex-wrap items-start gap-3">
          {status !== "pending" && (
            <Link href={href(`/espace/${startup.id}/modifier`)} className="rounded-md border border-slate-400 px-4 py-2 font-semibold hover:border-brand-600">
              {t.edit}
            </Link>
          )}
          {startup.status === "published" && (
            <Link prefetch={false} href={href(`/startups/${startup.slug}`)} className="rounded-md border border-slate-400 px-4 py-2 font-semibold hover:border-brand-600">
              {t.viewPublic}
            </Link>
          )}
        </div>
        <div className="mt-4">
          {status === "draft" && <SubmitRevisionForm action={submitAction.bind(null, startup.id)} claimAction={claimAction} />}
          {status === "pending" && <SimpleActionButton action={withdrawAction.bind(null, startup.id)} label={t.withdraw} />}
        </div>
      </Section>

      {startup.status === "published" && (
        <Section id="fraicheur" title={freshness.title}>
          <p data-testid="space-confirmed-at" className="font-semibold">
            {startup.confirmedAt ? freshness.confirmedOn(d.format.date(startup.confirmedAt)) : freshness.neverConfirmed}
          </p>
          {isStale(startup.confirmedAt, freshnessReference(new Date())) && <p className="mt-2 text-slate-700">{freshness.staleWarning}</p>}
          <p className="mt-2 text-slate-700">{freshness.explain}</p>
          <div className="mt-4">
            <SimpleActionButton action={confirmProfileAction.bind(null, startup.id)} label={freshness.confirm} />
          </div>
        </Section>
      )}

      <Section id="logo-titre" title={t.logoTitle}>
        {hasLogo && (
          // eslint-disable-next-line @next/next/no-img-element -- a private, per-member image
          <img src={`/espace/${startup.id}/logo?v=${latest?.updatedAt.getTime() ?? 0}`} alt={t.logoAlt} width={96} height={96} className="mb-4 size-24 rounded-xl border border-slate-200" />
        )}
        {status === "pending" ? <p className="text-sm text-slate-700">{t.logoPending}</p> : <LogoForm action={uploadLogoAction.bind(null, startup.id)} />}
      </Section>

      <Section id="equipe" title={t.teamTitle}>
        <ul className="space-y-2">
          {members.map((member) => (
            <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3">
              <span>
                {member.name || member.email} <span className="text-sm text-slate-600">({t.role[member.role]})</span>
              </span>
              {role === "owner" && member.userId !== user.id && (
                <SimpleActionButton action={removeMemberAction.bind(null, startup.id, member.userId)} label={`${t.remove} ${member.name || member.email}`} variant="danger" />
              )}
            </li>
          ))}
        </ul>
        {role === "owner" && (
          <div className="mt-6 space-y-4">
            <InviteForm action={inviteAction.bind(null, startup.id)} />
            {invitations.length > 0 && (
              <div>
                <h3 className="font-semibold">{t.pendingInvitations}</h3>
                <ul className="mt-2 space-y-2">
                  {invitations.map((invitation) => (
                    <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 text-sm">
                      <span>{invitation.email}</span>
                      <SimpleActionButton action={cancelInvitationAction.bind(null, startup.id, invitation.id)} label={`${t.cancelInvitation} (${invitation.email})`} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </Section>
    </div>
  );
}
