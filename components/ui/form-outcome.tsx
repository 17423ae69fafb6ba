"use client";
// The answer to a submitted form, in one place for every form: field errors become the error
// summary (focused, with a link to each field); any other refusal or confirmation is a notice that
// takes the focus, again at each new answer. So the focus never stays behind on the button.
import { ErrorSummary, type SummaryField } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/forms";
import { useT } from "@/lib/i18n/client";

type Props = { state: FormState; fields?: readonly SummaryField[] };

export function FormOutcome({ state, fields = [] }: Props) {
  const d = useT();
  const errors = state.fieldErrors ?? {};
  if (state.status === "error" && fields.some((field) => errors[field.name]?.length)) {
    return <ErrorSummary errors={errors} fields={fields} message={state.message} />;
  }
  if (state.status === "error") {
    return (
      <Notice tone="error" focus={state}>
        {state.message ?? d.messages.forms.errorSummary}
      </Notice>
    );
  }
  if (state.status !== "success" || !state.message) return null;
  return (
    <Notice tone="success" focus={state}>
      {state.message}
    </Notice>
  );
}
