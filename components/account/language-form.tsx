"use client";
// The language preference on /compte (app/[lang]/compte/language-action.ts). Each language's name
// is written in that language, with its own `lang`, as language pickers do.
import { setLanguageAction } from "@/app/[lang]/compte/language-action";
import { Field, inputClass } from "@/components/ui/field";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormState } from "@/components/ui/use-form-state";
import { initialFormState } from "@/lib/forms";
import { useT } from "@/lib/i18n/client";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import { dictionaryFor } from "@/lib/i18n/dictionaries";

export function LanguageForm({ current }: { current: Lang }) {
  const d = useT();
  const t = d.account.language;
  const [state, action] = useFormState(setLanguageAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormOutcome state={state} fields={[{ name: "language", id: "language", label: t.label }]} />
      <Field id="language" label={t.label} errors={state.fieldErrors?.language}>
        <select name="language" defaultValue={current} className={inputClass}>
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {dictionaryFor(lang).site.languageSwitch.label}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton variant="secondary">{t.submit}</SubmitButton>
    </form>
  );
}
