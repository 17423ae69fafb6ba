import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/account/forms";
import { fr } from "@/lib/i18n/fr";
import { singleParam, type PageParam } from "@/lib/page-params";

export const metadata: Metadata = { title: fr.account.resetTitle, robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ jeton?: PageParam }> }) {
  const jeton = singleParam((await searchParams).jeton, 200);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{fr.account.resetTitle}</h1>
      <ResetPasswordForm token={jeton ?? ""} />
    </div>
  );
}
