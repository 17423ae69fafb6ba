"use client";
// Small admin forms: each posts to a bound server action and shows its result.
import { useFormState } from "@/components/ui/use-form-state";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms";
import { useLang, useT } from "@/lib/i18n/client";
import { sectorName } from "@/lib/sectors/name";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function Message({ state }: { state: FormState }) {
  return state.message ? <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice> : null;
}

export function ClaimDecisionForm({ action, id }: { action: Action; id: string }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  if (state.status === "success") return <Message state={state} />;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <Message state={state} />
      <Field id={`claim-reason-${id}`} label={t.claims.reason} errors={state.fieldErrors?.reason}>
        <textarea name="reason" rows={2} className={inputClass} />
      </Field>
      <div className="flex gap-3">
        <SubmitButton name="decision" value="approve">
          {t.claims.grant}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" variant="danger">
          {t.common.reject}
        </SubmitButton>
      </div>
    </form>
  );
}

export function RoleForm({ action, id, role, label }: { action: Action; id: string; role: string; label: string }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="flex min-w-0 flex-wrap items-end gap-2">
      <div className="min-w-0">
        <label htmlFor={`role-${id}`} className="block text-xs break-all text-slate-600">
          {t.users.roleOf(label)}
        </label>
        <select id={`role-${id}`} name="role" defaultValue={role} className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm">
          <option value="member">{t.users.roleOptions.member}</option>
          <option value="moderator">{t.users.roleOptions.moderator}</option>
          <option value="admin">{t.users.roleOptions.admin}</option>
        </select>
      </div>
      <SubmitButton variant="secondary">{t.users.changeRole}</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function ButtonForm({ action, label, variant = "secondary" }: { action: (state: FormState) => Promise<FormState>; label: string; variant?: "secondary" | "danger" }) {
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <SubmitButton variant={variant}>{label}</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function SectorRenameForm({ action, id, nameFr, nameEn }: { action: Action; id: number; nameFr: string; nameEn: string }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={`fr-${id}`} className="block text-xs text-slate-600">{t.sectors.nameFr}</label>
        <input id={`fr-${id}`} name="nameFr" defaultValue={nameFr} className="rounded-md border border-slate-400 px-2 py-1 text-sm" />
      </div>
      <div>
        <label htmlFor={`en-${id}`} className="block text-xs text-slate-600">{t.sectors.nameEnOf(nameFr)}</label>
        <input id={`en-${id}`} name="nameEn" defaultValue={nameEn} className="rounded-md border border-slate-400 px-2 py-1 text-sm" />
      </div>
      <SubmitButton variant="secondary">{t.sectors.rename}</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function SectorMergeForm({ action, id, name, others }: { action: Action; id: number; name: string; others: { id: number; nameFr: string; nameEn: string }[] }) {
  const d = useT();
  const t = d.admin;
  const lang = useLang();
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={`merge-${id}`} className="block text-xs text-slate-600">{t.sectors.mergeInto(name)}</label>
        <select id={`merge-${id}`} name="into" defaultValue="" className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm">
          <option value="">{t.sectors.chooseTarget}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {sectorName(other, lang)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton variant="danger">{t.sectors.merge}</SubmitButton>
      <Message state={state} />
    </form>
  );
}

export function SectorAddForm({ action }: { action: Action }) {
  const d = useT();
  const t = d.admin;
  const [state, formAction] = useFormState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="new-fr" className="block text-sm font-semibold">{t.sectors.nameFr}</label>
        <input id="new-fr" name="nameFr" className="rounded-md border border-slate-400 px-2 py-1.5" />
      </div>
      <div>
        <label htmlFor="new-en" className="block text-sm font-semibold">{t.sectors.nameEn}</label>
        <input id="new-en" name="nameEn" className="rounded-md border border-slate-400 px-2 py-1.5" />
      </div>
      <SubmitButton>{t.sectors.add}</SubmitButton>
      <Message state={state} />
    </form>
  );
}
