import { ForgotPasswordForm } from "@/components/account/forms";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";

export const generateMetadata = localizedMetadata("/compte/mot-de-passe-oublie", (d) => ({ title: d.account.forgotTitle, robots: { index: false } }));

export default async function ForgotPasswordPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const t = dictionary().account;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.forgotTitle}</h1>
      <p className="my-4 text-slate-700">{t.forgotIntro}</p>
      <ForgotPasswordForm />
    </div>
  );
}
