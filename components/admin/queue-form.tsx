"use client";
// The moderation queue, with bulk decisions. Each selected revision is still decided (and
// audited) one by one on the server.
import Link from "next/link";
import { useFormState } from "@/components/ui/use-form-state";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";
import { useHref, useT } from "@/lib/i18n/client";

type Item = {
  id: string;
  name: string;
  kind: "new" | "edit";
  age: string;
  justification: string | null;
  duplicates: { id: string; slug: string; name: string; status: string; reasons: string[] }[];
};

export function QueueForm({ items, action }: { items: Item[]; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const d = useT();
  const t = d.admin.queue;
  const to = useHref();
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4">
            <input type="checkbox" name="revision" value={item.id} id={`sel-${item.id}`} aria-label={t.select(item.name)} className="mt-1 size-4 accent-brand-700" />
            <div className="flex-1">
              <Link href={to(`/admin/revisions/${item.id}`)} className="font-semibold text-brand-800 underline">
                {item.name}
              </Link>
              <p className="text-sm text-slate-600">
                {t.kind[item.kind]} · {t.pendingSince(item.age)}
              </p>
              {item.duplicates.length > 0 && (
                <p className="mt-1 text-sm text-amber-900">
                  {t.possibleDuplicate}{" "}
                  {item.duplicates.map((duplicate, index) => (
                    <span key={duplicate.id}>
                      {index > 0 && ", "}
                      <Link href={to(`/admin/fiches/${duplicate.slug}`)} className="underline">
                        {duplicate.name}
                      </Link>{" "}
                      ({duplicate.reasons.map((reason) => t.duplicateReasons[reason]).join(", ")})
                    </span>
                  ))}
                  {item.justification ? ` ${t.justification(item.justification)}` : ""}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t.bulkLegend}</legend>
        <Field id="bulk-reason" label={t.bulkReason} errors={state.fieldErrors?.reason}>
          <textarea name="reason" rows={2} className={inputClass} />
        </Field>
        <div className="flex flex-wrap gap-3">
          <SubmitButton name="decision" value="approve">
            {t.approveSelection}
          </SubmitButton>
          <SubmitButton name="decision" value="reject" variant="danger">
            {t.rejectSelection}
          </SubmitButton>
        </div>
      </fieldset>
    </form>
  );
}
