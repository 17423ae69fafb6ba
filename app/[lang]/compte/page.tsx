import Link from "next/link";
import { getDb } from "@/db/client";
import { LanguageForm } from "@/components/account/language-form";
import { ChangePasswordForm, DeleteAccountForm, ResendVerificationForm, SignOutEverywhereForm } from "@/components/account/forms";
import { SignOutButton } from "@/components/account/sign-out-button";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { getLanguage } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/session";
import { currentLang, dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { singleParam, type PageParam } from "@/lib/page-params";

export const generateMetadata = localizedMetadata("/compte", (d) => ({ title: d.account.accountTitle, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ etat?: PageParam }> };

export default async function AccountPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().account;
  const user = await requireUser("/compte");
  // An account that never chose keeps the language it is reading the site in.
  const language = (await getLanguage(await getDb(), user.id)) ?? currentLang();
  const etat = singleParam((await searchParams).etat);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-900">{t.accountTitle}</h1>
          <p className="mt-1 text-slate-700">
            {user.name} · {user.email}
          </p>
        </div>
        <SignOutButton />
      </div>
      {etat === "langue" && (
        <Notice tone="success" focus>
          {t.language.saved}
        </Notice>
      )}
      <p>
        <Link href={href("/espace")} className="text-brand-700 underline">
          {t.mySpace}
        </Link>
      </p>
      {!user.emailVerified && (
        <div className="space-y-3">
          <Notice tone="info">{t.notVerified}</Notice>
          <ResendVerificationForm />
        </div>
      )}
      <Section id="mot-de-passe" title={t.changePasswordTitle}>
        <ChangePasswordForm />
      </Section>
      <Section id="double-authentification" title={t.totpTitle}>
        {user.totpEnabled ? (
          <p className="text-sm text-slate-700">{t.totpEnabled}</p>
        ) : (
          <Link href={href("/compte/double-authentification")} className="text-brand-700 underline">
            {t.totpManage}
          </Link>
        )}
      </Section>
      <Section id="langue" title={t.language.title}>
        <p className="mb-4 text-sm text-slate-700">{t.language.intro}</p>
        <LanguageForm current={language} />
      </Section>
      <Section id="sessions" title={t.sessionsTitle}>
        <p className="mb-4 text-sm text-slate-700">{t.signOutEverywhereIntro}</p>
        <SignOutEverywhereForm />
      </Section>
      <Section id="donnees" title={t.dataTitle}>
        <p className="mb-4 text-sm text-slate-700">{t.dataIntro}</p>
        <a href="/compte/export" className="inline-block rounded-md border border-slate-400 px-4 py-2 font-semibold hover:border-brand-600">
          {t.exportData}
        </a>
        <h3 className="mb-2 mt-6 font-semibold">{t.deleteTitle}</h3>
        <p className="mb-4 text-sm text-slate-700">{t.deleteIntro}</p>
        <DeleteAccountForm />
      </Section>
    </div>
  );
}
