// Form-level messages a server action returns, in the language of the request (lib/i18n/server,
// which a client bundle cannot import: hence apart from lib/forms).
import { isDatabaseUnavailable } from "@/db/unavailable";
import { DomainError } from "@/lib/errors";
import type { FormState } from "@/lib/forms";
import { dictionary } from "@/lib/i18n/server";

/** "The form has errors": shown above a form whose fields failed validation. */
export function formErrorSummary(): string {
  return dictionary().messages.forms.errorSummary;
}

/** A domain error (or an unreachable database) as the state of the form that caused it. */
export function domainErrorState(error: unknown, values?: FormState["values"]): FormState {
  if (isDatabaseUnavailable(error)) return { status: "error", message: dictionary().messages.forms.unavailable, values };
  if (error instanceof DomainError) {
    return error.field
      ? { status: "error", fieldErrors: { [error.field]: [error.message] }, values }
      : { status: "error", message: error.message, values };
  }
  throw error;
}
