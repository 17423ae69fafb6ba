"use client";
// The moderators' small forms on the agenda: approve, reject with a reason, cancel.
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";
import { useT } from "@/lib/i18n/client";
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function DecideEventForms({ revisionId, approve, reject }: { revisionId: string; approve: Action; reject: Action }) {
  const d = useT();
  const t = d.events.admin;
  const [approveState, approveAction] = useActionState(approve, initialFormState);
  const [rejectState, rejectAction] = useActionState(reject, initialFormState);
  const message = approveState.message ?? rejectState.message;
  return (
    <div className="mt-3 space-y-3">
      {message && <Notice tone="error">{message}</Notice>}
      <form action={approveAction}>
        <input type="hidden" name="revisionId" value={revisionId} />
        <SubmitButton>{t.approve}</SubmitButton>
      </form>
      <form action={rejectAction} className="space-y-2">
        <input type="hidden" name="revisionId" value={revisionId} />
        <Field id={`reason-${revisionId}`} label={t.reason} errors={rejectState.fieldErrors?.reason}>
          <textarea name="reason" rows={2} defaultValue={String(rejectState.values?.reason ?? "")} className={inputClass} />
        </Field>
        <SubmitButton variant="danger">{t.reject}</SubmitButton>
      </form>
    </div>
  );
}

export function CancelEventForm({ eventId, action }: { eventId: string; action: Action }) {
  const d = useT();
  const t = d.events.admin;
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton variant="secondary">{t.cancel}</SubmitButton>
    </form>
  );
}
