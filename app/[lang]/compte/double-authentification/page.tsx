import { ConfirmTotpForm } from "@/components/account/forms";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { requireUser } from "@/lib/auth/session";
import { startTotpEnrolment } from "@/lib/auth/totp";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";


export const generateMetadata = localizedMetadata("/compte/double-authentification", (d) => ({ title: d.account.totpTitle, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ retour?: string | string[] }> };

export default async function TotpEnrolmentPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().account;
  const { retour } = await searchParams;
  const returnTo = safeRedirectPath(typeof retour === "string" ? retour : null, href("/compte"));
  const user = await requireUser(`/compte/double-authentification?retour=${encodeURIComponent(returnTo)}`);
  const staff = user.role === "moderator" || user.role === "admin";
  if (user.totpEnabled) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t.totpTitle}</h1>
        <Notice tone="success">{t.totpEnabled}</Notice>
      </div>
    );
  }
  const enrolment = await startTotpEnrolment(await getDb(), user.id);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.totpTitle}</h1>
      {staff && <Notice tone="info">{t.totpStaffRequired}</Notice>}
      <p className="text-slate-700">{t.totpIntro}</p>
      {/* A data: image: the CSP allows images from the site and data: only. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={enrolment.qrDataUrl} alt={t.totpQrAlt} width={220} height={220} className="rounded border border-slate-300 bg-white" />
      <p className="text-sm text-slate-700">
        {t.totpSecretLabel} <code className="break-all font-mono text-slate-900" data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <ConfirmTotpForm returnTo={returnTo} />
    </div>
  );
}
