"use client";
// The box above a form after a failed submit: it takes the focus (so keyboard and screen-reader
// users land on it), says what is wrong, and links to each field in error.
import { useEffect, useRef } from "react";
import { useT } from "@/lib/i18n/client";

export type SummaryField = { name: string; id: string; label: string };

type Props = { errors: Record<string, string[]>; fields: readonly SummaryField[]; message?: string };

export function ErrorSummary({ errors, fields, message }: Props) {
  const d = useT();
  const box = useRef<HTMLDivElement>(null);
  const listed = fields.filter((field) => errors[field.name]?.length);
  // A new errors object is a new failed submit: take the focus again.
  useEffect(() => box.current?.focus(), [errors]);
  return (
    <div ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
      <h2 id="error-summary-title" className="font-semibold">
        {message ?? d.messages.forms.errorSummary}
      </h2>
      {listed.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {listed.map((field) => (
            <li key={field.name}>
              <a
                href={`#${field.id}`}
                className="underline"
                onClick={(event) => {
                  // Focus the field itself (a fragment link only scrolls to it).
                  const target = document.getElementById(field.id);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                }}
              >
                {field.label} : {errors[field.name]!.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
