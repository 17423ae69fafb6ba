import { VerifyEmailForm } from "@/components/account/forms";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { singleParam, type PageParam } from "@/lib/page-params";

export const generateMetadata = localizedMetadata("/compte/verifier", (d) => ({ title: d.account.verifyTitle, robots: { index: false } }));

// The link only opens this page; confirming is a POST, so mail scanners that follow links
// don't use the token up.
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ jeton?: PageParam }> };

export default async function VerifyPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().account;
  const jeton = singleParam((await searchParams).jeton, 200);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.verifyTitle}</h1>
      <p className="my-4 text-slate-700">{t.verifyIntro}</p>
      <VerifyEmailForm token={jeton ?? ""} />
    </div>
  );
}
