import Link from "next/link";
import { SignInForm } from "@/components/account/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";
import { lookup, singleParam, type PageParam } from "@/lib/page-params";

export const generateMetadata = localizedMetadata("/compte/connexion", (d) => ({ title: d.account.signInTitle, robots: { index: false } }));

/** The notice each `?etat=` of the page that sent here shows. */
function notices(t: ReturnType<typeof dictionary>["account"]): Record<string, string> {
  return {
    reinitialise: t.resetDone,
    "mot-de-passe-modifie": t.passwordChanged,
    "compte-supprime": t.deleted,
    "deconnecte-partout": t.signedOutEverywhere,
  };
}

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ retour?: PageParam; etat?: PageParam }> };

export default async function SignInPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().account;
  const query = await searchParams;
  const retour = singleParam(query.retour);
  const notice = lookup(notices(t), query.etat);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.signInTitle}</h1>
      <p className="mt-2 text-slate-700">{t.signInIntro}</p>
      <div className="mt-6 space-y-4">
        {notice && <Notice tone="success">{notice}</Notice>}
        <SignInForm returnTo={safeRedirectPath(retour, href("/espace"))} />
      </div>
      <p className="mt-6 text-sm">
        <Link href={href("/compte/mot-de-passe-oublie")} className="text-brand-700 underline">
          {t.forgotLink}
        </Link>
      </p>
      <p className="mt-2 text-sm">
        {t.noAccount}{" "}
        <Link href={href(`/compte/inscription${retour ? `?retour=${encodeURIComponent(safeRedirectPath(retour, href("/espace")))}` : ""}`)} className="text-brand-700 underline">
          {t.signUpLink}
        </Link>
      </p>
    </div>
  );
}
