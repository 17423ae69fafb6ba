"use client";
// The small account forms. Each posts to its server action and shows the returned state.
import { useFormState } from "@/components/ui/use-form-state";
import {
  changePasswordAction,
  confirmTotpAction,
  deleteAccountAction,
  forgotPasswordAction,
  resendVerificationAction,
  resetPasswordAction,
  signOutEverywhereAction,
  verifyEmailAction,
} from "@/app/[lang]/compte/actions";
import { Field, inputClass } from "@/components/ui/field";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { useT } from "@/lib/i18n/client";

type AccountText = Dictionary["account"];

/** The account texts of the page's language. */
function useAccountText(): AccountText {
  return useT().account;
}

// The fields each form may report in error, for the error summary's links.
const emailFields = (t: AccountText) => [{ name: "email", id: "email", label: t.email }];
const newPasswordFields = (t: AccountText) => [
  { name: "password", id: "password", label: t.newPassword },
  { name: "confirm", id: "confirm", label: t.confirm },
];
const changePasswordFields = (t: AccountText) => [{ name: "currentPassword", id: "currentPassword", label: t.currentPassword }, ...newPasswordFields(t)];
const deleteFields = (t: AccountText) => [{ name: "deletePassword", id: "deletePassword", label: t.deleteConfirm }];
const totpFields = (t: AccountText) => [{ name: "code", id: "code", label: t.totpCode }];

function StateNotice({ state, fields }: { state: FormState; fields?: readonly { name: string; id: string; label: string }[] }) {
  return <FormOutcome state={state} fields={fields} />;
}

export function VerifyEmailForm({ token }: { token: string }) {
  const t = useAccountText();
  const [state, action] = useFormState(verifyEmailAction, initialFormState);
  if (state.status === "success") return <StateNotice state={state} />;
  return (
    <form action={action} className="space-y-4">
      <StateNotice state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t.verifyButton}</SubmitButton>
    </form>
  );
}

export function ResendVerificationForm() {
  const t = useAccountText();
  const [state, action] = useFormState(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <StateNotice state={state} />
      <SubmitButton variant="secondary">{t.resend}</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm() {
  const t = useAccountText();
  const [state, action] = useFormState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} fields={emailFields(t)} />
      <Field id="email" label={t.email} errors={state.fieldErrors?.email} required>
        <input name="email" type="email" autoComplete="email" defaultValue={String(state.values?.email ?? "")} className={inputClass} />
      </Field>
      <SubmitButton>{t.forgotButton}</SubmitButton>
    </form>
  );
}

function NewPasswordFields({ state }: { state: FormState }) {
  const t = useAccountText();
  return (
    <>
      <Field id="password" label={t.newPassword} hint={t.passwordHint} errors={state.fieldErrors?.password} required>
        <input name="password" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <Field id="confirm" label={t.confirm} errors={state.fieldErrors?.confirm} required>
        <input name="confirm" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
    </>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useAccountText();
  const [state, action] = useFormState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} fields={newPasswordFields(t)} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} />
      <SubmitButton>{t.resetButton}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useAccountText();
  const [state, action] = useFormState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} fields={changePasswordFields(t)} />
      <Field id="currentPassword" label={t.currentPassword} errors={state.fieldErrors?.currentPassword} required>
        <input name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />
      </Field>
      <NewPasswordFields state={state} />
      <SubmitButton>{t.changePassword}</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const t = useAccountText();
  const [state, action] = useFormState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} fields={deleteFields(t)} />
      <Field id="deletePassword" label={t.deleteConfirm} errors={state.fieldErrors?.deletePassword} required>
        <input name="password" type="password" autoComplete="current-password" className={inputClass} />
      </Field>
      <SubmitButton variant="danger">{t.deleteButton}</SubmitButton>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const t = useAccountText();
  const [, action] = useFormState(signOutEverywhereAction, initialFormState);
  return (
    <form action={action}>
      <SubmitButton variant="secondary">{t.signOutEverywhere}</SubmitButton>
    </form>
  );
}

/** The last step of TOTP enrolment: a first code, then the recovery codes, shown once. */
export function ConfirmTotpForm({ returnTo }: { returnTo: string }) {
  const t = useAccountText();
  const [state, action] = useFormState(confirmTotpAction, initialFormState);
  if (state.status === "success" && state.recoveryCodes) {
    return (
      <div className="space-y-4">
        <StateNotice state={state} />
        <h2 className="text-xl font-semibold">{t.totpRecoveryTitle}</h2>
        <p className="text-sm text-slate-700">{t.totpRecoveryIntro}</p>
        <ul aria-label={t.totpRecoveryTitle} className="grid grid-cols-2 gap-2 font-mono">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href={returnTo} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t.totpContinue}
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} fields={totpFields(t)} />
      <Field id="code" label={t.totpCode} hint={t.totpCodeHint} errors={state.fieldErrors?.code} required>
        <input name="code" inputMode="numeric" autoComplete="one-time-code" defaultValue={String(state.values?.code ?? "")} className={inputClass} />
      </Field>
      <SubmitButton>{t.totpConfirm}</SubmitButton>
    </form>
  );
}
