"use client";
// The action forms of a startup's space. Server actions arrive bound to their startup; the
// server checks membership again on every call.
import { useFormState } from "@/components/ui/use-form-state";
import Link from "next/link";
import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FocusOnMount } from "@/components/ui/focus-on-mount";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";
import { useHref, useT } from "@/lib/i18n/client";
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function StateNotice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>;
}

function ClaimForm({ action, targetId }: { action: Action; targetId: string }) {
  const d = useT();
  const t = d.space;
  const [state, formAction] = useFormState(action, initialFormState);
  if (state.status === "success") return <StateNotice state={state} />;
  return (
    <form action={formAction} className="mt-2 space-y-2" noValidate>
      <StateNotice state={state} />
      <input type="hidden" name="targetId" value={targetId} />
      <Field id={`claim-${targetId}`} label={t.claimLabel} hint={t.claimHint} errors={state.fieldErrors?.message}>
        <textarea name="message" rows={3} className={inputClass} defaultValue={String(state.values?.message ?? "")} />
      </Field>
      <SubmitButton variant="secondary">{t.claim}</SubmitButton>
    </form>
  );
}

export function SubmitRevisionForm({ action, claimAction }: { action: Action; claimAction: Action }) {
  const d = useT();
  const t = d.space;
  const to = useHref();
  const [state, formAction] = useFormState(action, initialFormState);
  const duplicates = state.duplicates ?? [];
  return (
    <div className="space-y-4">
      {duplicates.length === 0 && <StateNotice state={state} />}
      {duplicates.length > 0 && (
        // The button pressed is disabled while the action runs, which drops the focus: the warning takes it.
        <FocusOnMount>
        <div role="alert" className="space-y-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-semibold">{t.duplicatesTitle}</p>
          <p>{t.duplicatesIntro}</p>
          <ul className="space-y-4">
            {duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                {duplicate.status === "published" ? (
                  <Link prefetch={false} href={to(`/startups/${duplicate.slug}`)} className="font-semibold underline">
                    {duplicate.name}
                  </Link>
                ) : (
                  <span className="font-semibold">{duplicate.name}</span>
                )}{" "}
                ({duplicate.reasons.map((reason) => t.duplicateReasons[reason]).join(", ")})
                <ClaimForm action={claimAction} targetId={duplicate.id} />
              </li>
            ))}
          </ul>
        </div>
        </FocusOnMount>
      )}
      <form action={formAction} className="space-y-3" noValidate>
        {duplicates.length > 0 && (
          <Field id="justification" label={t.justificationLabel} hint={t.justificationHint} errors={state.fieldErrors?.justification}>
            <textarea name="justification" rows={3} className={inputClass} />
          </Field>
        )}
        {state.fieldErrors?.justification && duplicates.length === 0 && (
          <Notice tone="error">{state.fieldErrors.justification.join(" ")}</Notice>
        )}
        <SubmitButton>{duplicates.length > 0 ? t.submitAnyway : t.submit}</SubmitButton>
      </form>
    </div>
  );
}

export function SimpleActionButton({ action, label, variant = "secondary" }: { action: (state: FormState) => Promise<FormState>; label: string; variant?: "secondary" | "danger" }) {
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <StateNotice state={state} />
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}

export function LogoForm({ action }: { action: Action }) {
  const d = useT();
  const t = d.space;
  const [state, formAction] = useFormState(action, initialFormState);
  const [clientError, setClientError] = useState<string | null>(null);
  const errors = clientError ? [clientError] : state.fieldErrors?.logo;
  return (
    <form
      action={formAction}
      className="space-y-3"
      onSubmit={(event) => {
        // The server checks the content; this only spares an upload that is certain to fail.
        const file = new FormData(event.currentTarget).get("logo");
        if (file instanceof File && file.size > 2 * 1024 * 1024) {
          event.preventDefault();
          setClientError(d.messages.logo.tooBig);
        } else setClientError(null);
      }}
    >
      {!clientError && <StateNotice state={state} />}
      <Field id="logo" label={t.logoLabel} hint={t.logoHint} errors={errors}>
        <input name="logo" type="file" accept="image/png,image/jpeg,image/webp" className="block w-full max-w-full text-sm" />
      </Field>
      <SubmitButton variant="secondary">{t.logoUpload}</SubmitButton>
    </form>
  );
}

export function InviteForm({ action }: { action: Action }) {
  const d = useT();
  const t = d.space;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <StateNotice state={state} />
      <Field id="invite-email" label={t.inviteLabel} errors={state.fieldErrors?.email}>
        <input name="email" type="email" autoComplete="off" className={inputClass} defaultValue={state.status === "error" ? String(state.values?.email ?? "") : ""} />
      </Field>
      <SubmitButton variant="secondary">{t.invite}</SubmitButton>
    </form>
  );
}

export function AcceptInvitationForm({ action, token }: { action: Action; token: string }) {
  const d = useT();
  const t = d.space;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <StateNotice state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t.acceptInvitation}</SubmitButton>
    </form>
  );
}
