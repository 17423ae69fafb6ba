import { ResetPasswordForm } from "@/components/account/forms";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { singleParam, type PageParam } from "@/lib/page-params";

export const generateMetadata = localizedMetadata("/compte/reinitialiser", (d) => ({ title: d.account.resetTitle, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ jeton?: PageParam }> };

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().account;
  const jeton = singleParam((await searchParams).jeton, 200);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{t.resetTitle}</h1>
      <ResetPasswordForm token={jeton ?? ""} />
    </div>
  );
}
