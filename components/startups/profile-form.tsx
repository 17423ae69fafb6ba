"use client";
// The startup profile form. The same zod schema as the server action checks it on submit, so
// errors show at once, next to each field; the server checks again regardless.
import { useFormState } from "@/components/ui/use-form-state";
import { useMemo, useState } from "react";
import { Combobox } from "@/components/ui/combobox";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorSummary, type SummaryField } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, zodFieldErrors, type FormState } from "@/lib/forms";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { useLang, useT } from "@/lib/i18n/client";
// Not "@/lib/sectors": its index reaches the database, which has no place in the browser bundle.
import { sectorName } from "@/lib/sectors/name";
import { STAGES } from "@/lib/startups/options";
import { PROFILE_LIMITS } from "@/lib/startups/profile";
import { matchCommune, suggestCommunes } from "@/lib/territory/match";
import { profileFormInput, profileFormSchema, type CommuneOption, type ProfileFormValues } from "@/lib/startups/profile-form";

// The error summary's links to each field, labelled in the page's language.
function summaryFields(f: Dictionary["space"]["fields"]): SummaryField[] {
  return (
    [
      ["name", f.name],
      ["tagline", f.tagline],
      ["description", f.description],
      ["commune", f.commune],
      ["sectors", f.sectors],
      ["foundedYear", f.foundedYear],
      ["teamSize", f.teamSize],
      ["fundsRaisedEur", f.fundsRaised],
      ["stage", f.stage],
      ["website", f.website],
      ["siren", f.siren],
      ["linkedinUrl", f.linkedin],
      ["twitterUrl", f.twitter],
    ] as const
  ).map(([name, label]) => ({ name, label, id: `profile-${name}` }));
}

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: ProfileFormValues;
  communes: CommuneOption[];
  sectors: { slug: string; nameFr: string; nameEn: string }[];
};

export function ProfileForm({ action, initialValues, communes, sectors }: Props) {
  const d = useT();
  const lang = useLang();
  const t = d.space;
  const f = t.fields;
  const [serverState, formAction] = useFormState(action, initialFormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const schema = useMemo(() => profileFormSchema(d.messages.profile, communes, sectors.map((sector) => sector.slug)), [d, communes, sectors]);
  const values = serverState.values ?? initialValues;
  const errors = clientErrors ?? serverState.fieldErrors ?? {};
  const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const [commune, setCommune] = useState(text("commune"));
  const communeMatch = matchCommune(commune, communes);
  const metropolis = communeMatch.kind === "one" ? communeMatch.commune.metropolis : undefined;
  const selectedSectors = Array.isArray(values.sectors) ? values.sectors : values.sectors ? [values.sectors] : [];

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        const parsed = schema.safeParse(profileFormInput(new FormData(event.currentTarget)));
        if (!parsed.success) {
          event.preventDefault();
          // The error summary takes the focus and links to each field in error.
          setClientErrors(zodFieldErrors(parsed.error));
          return;
        }
        setClientErrors(null);
      }}
      // A new key per server answer re-mounts the fields with what was typed (React resets forms after an action).
      key={JSON.stringify(serverState.values ?? null)}
    >
      {(clientErrors || serverState.status === "error") && (
        <ErrorSummary errors={errors} fields={summaryFields(f)} message={serverState.message && !clientErrors ? serverState.message : d.messages.forms.errorSummary} />
      )}
      {serverState.status === "success" && serverState.message && <Notice tone="success">{serverState.message}</Notice>}

      <Field id="profile-name" label={f.name} errors={errors.name} required>
        <input name="name" type="text" defaultValue={text("name")} maxLength={PROFILE_LIMITS.name.max + 20} className={inputClass} />
      </Field>
      <Field id="profile-tagline" label={f.tagline} hint={f.taglineHint} errors={errors.tagline} required>
        <input name="tagline" type="text" defaultValue={text("tagline")} className={inputClass} />
      </Field>
      <Field id="profile-description" label={f.description} hint={f.descriptionHint} errors={errors.description} required>
        <textarea name="description" rows={8} defaultValue={text("description")} className={inputClass} />
      </Field>

      <Field id="profile-commune" label={f.commune} hint={f.communeHint} errors={errors.commune} required>
        <Combobox
          name="commune"
          defaultValue={text("commune")}
          listLabel={f.communeSuggestions}
          suggest={(typed) => suggestCommunes(typed, communes).map((option) => ({ key: option.code, value: option.label }))}
          onValueChange={setCommune}
          className={inputClass}
        />
      </Field>
      <p aria-live="polite" className="-mt-3 text-sm text-slate-700">
        {metropolis ? f.metropolis(d.metropolisLong[metropolis as keyof typeof d.metropolisLong]) : ""}
      </p>

      <fieldset aria-describedby={errors.sectors ? "profile-sectors-error" : undefined}>
        <legend className="text-sm font-semibold">
          {f.sectors} <span aria-hidden="true">*</span>
        </legend>
        <ul id="profile-sectors" tabIndex={-1} className="mt-2 grid grid-cols-1 gap-1.5 sm:grid-cols-2">
          {sectors.map((sector) => (
            <li key={sector.slug} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`sector-${sector.slug}`}
                name="sectors"
                value={sector.slug}
                defaultChecked={selectedSectors.includes(sector.slug)}
                className="size-4 accent-brand-700"
              />
              <label htmlFor={`sector-${sector.slug}`} className="text-sm">
                {sectorName(sector, lang)}
              </label>
            </li>
          ))}
        </ul>
        {errors.sectors && (
          <p id="profile-sectors-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.sectors.join(" ")}
          </p>
        )}
      </fieldset>

      <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
        <Field id="profile-foundedYear" label={f.foundedYear} errors={errors.foundedYear} required>
          <input name="foundedYear" type="text" inputMode="numeric" defaultValue={text("foundedYear")} className={inputClass} />
        </Field>
        <Field id="profile-teamSize" label={f.teamSize} errors={errors.teamSize} required>
          <input name="teamSize" type="text" inputMode="numeric" defaultValue={text("teamSize")} className={inputClass} />
        </Field>
        <Field id="profile-fundsRaisedEur" label={f.fundsRaised} hint={f.fundsRaisedHint} errors={errors.fundsRaisedEur}>
          <input name="fundsRaisedEur" type="text" inputMode="numeric" defaultValue={text("fundsRaisedEur")} className={inputClass} />
        </Field>
      </div>

      <Field id="profile-stage" label={f.stage} errors={errors.stage} required>
        <select name="stage" defaultValue={text("stage")} className={inputClass}>
          <option value="">{f.chooseStage}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {d.stage[stage]}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-center gap-2">
        <input type="checkbox" id="profile-hiring" name="hiring" value="true" defaultChecked={text("hiring") === "true" || text("hiring") === "on"} className="size-4 accent-brand-700" />
        <label htmlFor="profile-hiring" className="text-sm font-semibold">
          {f.hiring}
        </label>
      </div>

      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <Field id="profile-website" label={f.website} errors={errors.website}>
          <input name="website" type="text" inputMode="url" defaultValue={text("website")} placeholder="https://" className={inputClass} />
        </Field>
        <Field id="profile-siren" label={f.siren} hint={f.sirenHint} errors={errors.siren}>
          <input name="siren" type="text" inputMode="numeric" defaultValue={text("siren")} className={inputClass} />
        </Field>
        <Field id="profile-linkedinUrl" label={f.linkedin} errors={errors.linkedinUrl}>
          <input name="linkedinUrl" type="text" inputMode="url" defaultValue={text("linkedinUrl")} className={inputClass} />
        </Field>
        <Field id="profile-twitterUrl" label={f.twitter} errors={errors.twitterUrl}>
          <input name="twitterUrl" type="text" inputMode="url" defaultValue={text("twitterUrl")} className={inputClass} />
        </Field>
      </div>

      <SubmitButton pendingLabel={t.saving}>{t.save}</SubmitButton>
    </form>
  );
}
