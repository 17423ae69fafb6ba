import Link from "next/link";
import { SignUpForm } from "@/components/account/sign-up-form";
import { dictionary, enterLang, href, localizedMetadata } from "@/lib/i18n/server";


export const generateMetadata = localizedMetadata("/compte/inscription", (d) => ({ title: d.account.signUpTitle, robots: { index: false } }));

export default async function SignUpPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const t = dictionary().account;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.signUpTitle}</h1>
      <p className="mt-2 text-slate-700">{t.signUpIntro}</p>
      <div className="mt-6">
        <SignUpForm />
      </div>
      <p className="mt-6 text-sm">
        {t.haveAccount}{" "}
        <Link href={href("/compte/connexion")} className="text-brand-700 underline">
          {t.signInLink}
        </Link>
      </p>
    </div>
  );
}
