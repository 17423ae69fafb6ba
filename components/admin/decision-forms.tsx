"use client";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ApproveForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      {state.message && <Notice tone="error">{state.message}</Notice>}
      <SubmitButton>Valider et publier</SubmitButton>
    </form>
  );
}

export function RejectForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      <Field id="reason" label="Motif du refus (envoyé à la startup)" errors={state.fieldErrors?.reason} required>
        <textarea name="reason" rows={4} className={inputClass} />
      </Field>
      <SubmitButton variant="danger">Refuser</SubmitButton>
    </form>
  );
}

export function UnpublishForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <Field id="unpublish-reason" label="Motif de la dépublication (envoyé à la startup)" errors={state.fieldErrors?.reason} required>
        <textarea name="reason" rows={3} className={inputClass} />
      </Field>
      <SubmitButton variant="danger">Dépublier</SubmitButton>
    </form>
  );
}

export function RepublishForm({ action }: { action: (state: FormState) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <SubmitButton>Republier</SubmitButton>
    </form>
  );
}
