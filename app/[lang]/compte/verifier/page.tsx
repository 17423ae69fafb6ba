import type { Metadata } from "next";
import { VerifyEmailForm } from "@/components/account/forms";
import { fr } from "@/lib/i18n/fr";
import { singleParam, type PageParam } from "@/lib/page-params";

export const metadata: Metadata = { title: fr.account.verifyTitle, robots: { index: false } };

// The link only opens this page; confirming is a POST, so mail scanners that follow links
// don't use the token up.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ jeton?: PageParam }> }) {
  const jeton = singleParam((await searchParams).jeton, 200);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{fr.account.verifyTitle}</h1>
      <p className="my-4 text-slate-700">{fr.account.verifyIntro}</p>
      <VerifyEmailForm token={jeton ?? ""} />
    </div>
  );
}
