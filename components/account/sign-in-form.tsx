"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useLang, useT } from "@/lib/i18n/client";
// The sentinel lib/auth/credentials.ts (TOTP_REQUIRED) sends when the password was right and the
// account wants its TOTP code; kept literal so this client file imports no server code.
const TOTP_REQUIRED = "totp-required";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const d = useT();
  const t = d.account;
  const lang = useLang();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [totpStep, setTotpStep] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      totp: form.get("totp") ?? "",
      lang,
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      if (result?.error === TOTP_REQUIRED) {
        setTotpStep(true);
        return;
      }
      // Our own messages (wrong credentials, rate limit, wrong code) come through as the error text.
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : d.messages.auth.invalidCredentials);
      return;
    }
    router.push(returnTo);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Notice tone="error">{error}</Notice>}
      <Field id="email" label={t.email} required>
        <input name="email" type="email" autoComplete="email" readOnly={totpStep} className={inputClass} />
      </Field>
      <Field id="password" label={t.password} required>
        <input name="password" type="password" autoComplete="current-password" readOnly={totpStep} className={inputClass} />
      </Field>
      {totpStep && (
        <>
          <Notice tone="info">{t.totpStepIntro}</Notice>
          <Field id="totp" label={t.totpCode} hint={t.totpCodeHint} required>
            <input name="totp" inputMode="numeric" autoComplete="one-time-code" autoFocus className={inputClass} />
          </Field>
        </>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t.signingIn : t.signIn}
      </button>
    </form>
  );
}
