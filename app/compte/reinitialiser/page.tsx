import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/account/forms";
import { fr } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: fr.account.resetTitle, robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{fr.account.resetTitle}</h1>
      <ResetPasswordForm token={jeton ?? ""} />
    </div>
  );
}
