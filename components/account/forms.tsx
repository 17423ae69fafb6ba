"use client";
// The small account forms. Each posts to its server action and shows the returned state.
import { useFormState } from "@/components/ui/use-form-state";
import {
  changePasswordAction,
  deleteAccountAction,
  forgotPasswordAction,
  resendVerificationAction,
  resetPasswordAction,
  verifyEmailAction,
} from "@/app/compte/actions";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";
import { fr } from "@/lib/i18n/fr";

const t = fr.account;

function StateNotice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>;
}

export function VerifyEmailForm({ token }: { token: string }) {
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
  const [state, action] = useFormState(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <StateNotice state={state} />
      <SubmitButton variant="secondary">{t.resend}</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm() {
  const [state, action] = useFormState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} />
      <Field id="email" label={t.email} errors={state.fieldErrors?.email} required>
        <input name="email" type="email" autoComplete="email" defaultValue={String(state.values?.email ?? "")} className={inputClass} />
      </Field>
      <SubmitButton>{t.forgotButton}</SubmitButton>
    </form>
  );
}

function NewPasswordFields({ state }: { state: FormState }) {
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
  const [state, action] = useFormState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} />
      <SubmitButton>{t.resetButton}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useFormState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} />
      <Field id="currentPassword" label={t.currentPassword} errors={state.fieldErrors?.currentPassword} required>
        <input name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />
      </Field>
      <NewPasswordFields state={state} />
      <SubmitButton>{t.changePassword}</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useFormState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <StateNotice state={state} />
      <Field id="deletePassword" label={t.deleteConfirm} errors={state.fieldErrors?.deletePassword} required>
        <input name="password" type="password" autoComplete="current-password" className={inputClass} />
      </Field>
      <SubmitButton variant="danger">{t.deleteButton}</SubmitButton>
    </form>
  );
}
