"use client";
import { useFormState } from "@/components/ui/use-form-state";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { signUpAction } from "@/app/[lang]/compte/actions";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { useHref, useT } from "@/lib/i18n/client";

export function SignUpForm() {
  const d = useT();
  const t = d.account;
  const localHref = useHref();
  const router = useRouter();
  const [state, action] = useFormState(signUpAction, initialFormState);
  // React resets the form after the action: keep the password typed for the automatic sign-in.
  const typedPassword = useRef("");
  const value = (key: string) => (typeof state.values?.[key] === "string" ? (state.values[key] as string) : "");

  useEffect(() => {
    // The account exists: sign in with what was just typed, then go to the startup space.
    if (state.status !== "success") return;
    void signIn("credentials", { email: value("email"), password: typedPassword.current, redirect: false }).then(() => {
      router.push(localHref("/espace?bienvenue=1"));
      router.refresh();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  return (
    <form
      action={action}
      onSubmit={(event) => {
        typedPassword.current = String(new FormData(event.currentTarget).get("password") ?? "");
      }}
      className="space-y-4"
      noValidate
    >
      {state.status === "error" && state.fieldErrors && (
        <ErrorSummary
          errors={state.fieldErrors}
          message={state.message}
          fields={[
            { name: "name", id: "name", label: t.name },
            { name: "email", id: "email", label: t.email },
            { name: "password", id: "password", label: t.password },
            { name: "confirm", id: "confirm", label: t.confirm },
          ]}
        />
      )}
      {state.status === "error" && !state.fieldErrors && state.message && <Notice tone="error">{state.message}</Notice>}
      <Field id="name" label={t.name} errors={state.fieldErrors?.name} required>
        <input name="name" type="text" autoComplete="name" defaultValue={value("name")} maxLength={120} className={inputClass} />
      </Field>
      <Field id="email" label={t.email} errors={state.fieldErrors?.email} required>
        <input name="email" type="email" autoComplete="email" defaultValue={value("email")} className={inputClass} />
      </Field>
      <Field id="password" label={t.password} hint={t.passwordHint} errors={state.fieldErrors?.password} required>
        <input name="password" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <Field id="confirm" label={t.confirm} errors={state.fieldErrors?.confirm} required>
        <input name="confirm" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <SubmitButton pendingLabel={t.signingUp}>{t.signUp}</SubmitButton>
    </form>
  );
}
