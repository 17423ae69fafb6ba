"use client";
import { useFormState } from "@/components/ui/use-form-state";
import { Field, inputClass } from "@/components/ui/field";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";
import { useT } from "@/lib/i18n/client";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The reason sent with a refused decision, shown again (React empties the form after each action). */
function typedReason(state: FormState): string | undefined {
  const reason = state.values?.reason;
  return typeof reason === "string" ? reason : undefined;
}

export function ApproveForm({ action }: { action: Action }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormOutcome state={state} />
      <SubmitButton>{t.review.approve}</SubmitButton>
    </form>
  );
}

export function RejectForm({ action }: { action: Action }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormOutcome state={state} fields={[{ name: "reason", id: "reason", label: t.review.rejectReason }]} />
      <Field id="reason" label={t.review.rejectReason} errors={state.fieldErrors?.reason} required>
        <textarea name="reason" rows={4} className={inputClass} defaultValue={typedReason(state)} />
      </Field>
      <SubmitButton variant="danger">{t.common.reject}</SubmitButton>
    </form>
  );
}

export function UnpublishForm({ action }: { action: Action }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormOutcome state={state} fields={[{ name: "reason", id: "unpublish-reason", label: t.startup.unpublishReason }]} />
      <Field id="unpublish-reason" label={t.startup.unpublishReason} errors={state.fieldErrors?.reason} required>
        <textarea name="reason" rows={3} className={inputClass} defaultValue={typedReason(state)} />
      </Field>
      <SubmitButton variant="danger">{t.startup.unpublish}</SubmitButton>
    </form>
  );
}

export function RepublishForm({ action }: { action: (state: FormState) => Promise<FormState> }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormOutcome state={state} />
      <SubmitButton>{t.startup.republish}</SubmitButton>
    </form>
  );
}
