import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/account/forms";
import { fr } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: fr.account.forgotTitle, robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{fr.account.forgotTitle}</h1>
      <p className="my-4 text-slate-700">{fr.account.forgotIntro}</p>
      <ForgotPasswordForm />
    </div>
  );
}
