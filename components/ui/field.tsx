// A labelled form field whose errors are linked to it (aria-describedby) and announced.
import { cloneElement, isValidElement, type ReactElement } from "react";

type Props = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  children: ReactElement<Record<string, unknown>>;
};

export const inputClass =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

export function Field({ id, label, hint, errors, required, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined, required })
    : children;
  return (
    <div className="space-y-1">
      <p className="text-sm font-semibold text-slate-900">
        <label htmlFor={id}>{label}</label>
        {/* Outside the label so the accessible name stays the plain label; `required` says it to assistive tech. */}
        {required && <span aria-hidden="true"> *</span>}
      </p>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {control}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
