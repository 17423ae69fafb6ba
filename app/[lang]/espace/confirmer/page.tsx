// A reminder's "rien n'a changé" link lands here (lib/freshness/reminders). The link only opens
// this page; confirming is the button's POST, so mail scanners that follow links use nothing up.
// No sign-in: the single-use token is the authorization.
import { ConfirmLinkForm } from "@/components/freshness/confirm-link-form";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { singleParam, type PageParam } from "@/lib/page-params";
import { confirmByLinkAction } from "../actions";

export const generateMetadata = localizedMetadata("/espace/confirmer", (d) => ({ title: d.freshness.link.title, robots: { index: false } }));

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ jeton?: PageParam }> };

export default async function ConfirmFreshnessPage({ params, searchParams }: Props) {
  await enterLang(params);
  const t = dictionary().freshness.link;
  const jeton = singleParam((await searchParams).jeton, 200);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="my-4 text-slate-700">{t.intro}</p>
      <ConfirmLinkForm action={confirmByLinkAction} token={jeton ?? ""} />
    </div>
  );
}
