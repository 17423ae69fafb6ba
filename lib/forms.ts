// The state every form action returns: field errors in the page's language, a form-level message,
// and the values as typed so that nothing is lost on a failed submit. Client forms import this
// module, so it holds nothing server-only: the messages an action returns are in lib/form-errors.
import { z } from "zod";

// Zod 4 probes `new Function` to decide whether to compile parsers; under the site's CSP (no
// 'unsafe-eval') that probe is a reported violation in every browser that runs a form. Every
// client form imports this module, so parsers are interpreted, never compiled, everywhere.
z.config({ jitless: true });

export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  /** Possible duplicates found at submission (lib/startups/duplicates). */
  duplicates?: { id: string; slug: string; name: string; status: string; reasons: string[] }[];
  /** TOTP recovery codes, shown once right after enrolment. */
  recoveryCodes?: string[];
};

export const initialFormState: FormState = { status: "idle" };

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}

/**
 * A server action's form argument. React's client always sends a FormData, but anyone can call an
 * action with any serializable value (a string, an object, nothing): that is read as an empty form,
 * so it gets the ordinary field errors instead of a TypeError and a 500 (found by the fuzz test).
 */
export function formInput(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** Everything typed, except secrets and files. */
export function typedValues(formData: FormData, secret: readonly string[] = ["password", "confirm", "currentPassword"]) {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (secret.includes(key) || key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}
