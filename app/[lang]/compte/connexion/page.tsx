import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/account/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { fr } from "@/lib/i18n/fr";
import { lookup, singleParam, type PageParam } from "@/lib/page-params";

const t = fr.account;

export const metadata: Metadata = { title: t.signInTitle, robots: { index: false } };

const NOTICES: Record<string, string> = {
  reinitialise: t.resetDone,
  "mot-de-passe-modifie": t.passwordChanged,
  "compte-supprime": t.deleted,
  "deconnecte-partout": t.signedOutEverywhere,
};

type Props = { searchParams: Promise<{ retour?: PageParam; etat?: PageParam }> };

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const retour = singleParam(query.retour);
  const notice = lookup(NOTICES, query.etat);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.signInTitle}</h1>
      <p className="mt-2 text-slate-700">{t.signInIntro}</p>
      <div className="mt-6 space-y-4">
        {notice && <Notice tone="success">{notice}</Notice>}
        <SignInForm returnTo={safeRedirectPath(retour)} />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/compte/mot-de-passe-oublie" className="text-brand-700 underline">
          {t.forgotLink}
        </Link>
      </p>
      <p className="mt-2 text-sm">
        {t.noAccount}{" "}
        <Link href={`/compte/inscription${retour ? `?retour=${encodeURIComponent(safeRedirectPath(retour))}` : ""}`} className="text-brand-700 underline">
          {t.signUpLink}
        </Link>
      </p>
    </div>
  );
}
