"use client";
// The event form, for members (proposal or edit, sent for review) and staff (published at once).
// A server action with useActionState: it works without JavaScript, and keeps what was typed.
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import { EVENT_TYPES } from "@/lib/events/options";
import { initialFormState, type FormState } from "@/lib/forms";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { useT } from "@/lib/i18n/client";

// Every field that may be refused, for the error summary's links (the ids are ev-<name>), labelled
// in the page's language.
function summaryFields(t: Dictionary["events"]["form"]) {
  return (
    [
      ["title", t.title], ["type", t.type], ["startDate", t.startDate], ["startTime", t.startTime], ["endDate", t.endDate], ["endTime", t.endTime],
      ["communeCode", t.commune], ["address", t.address], ["onlineUrl", t.onlineUrl], ["description", t.description], ["organiser", t.organiser],
      ["organiserStartup", t.organiserStartup], ["link", t.link],
    ] as const
  ).map(([name, label]) => ({ name, id: `ev-${name}`, label }));
}

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues?: Record<string, string>;
  eventId?: string;
  communes: { code: string; label: string }[];
  startups: { slug: string; name: string }[];
  submitLabel: string;
};

export function EventForm({ action, initialValues = {}, eventId, communes, startups, submitLabel }: Props) {
  const d = useT();
  const t = d.events.form;
  const [state, formAction] = useActionState(action, initialFormState);
  const values = { ...initialValues, ...(state.values as Record<string, string> | undefined) };
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name] ?? "";
  const checked = (name: string) => values[name] === "on";

  return (
    // Keyed on what was typed: after a refused submit React resets the form, and a remount is what
    // makes the selects (type, commune, startup) show the typed values again, not their first ones.
    <form key={state.values ? JSON.stringify(state.values) : "initial"} action={formAction} className="space-y-5" noValidate>
      <FormOutcome state={state} fields={summaryFields(t)} />
      {eventId && <input type="hidden" name="eventId" value={eventId} />}
      <Field id="ev-title" label={t.title} errors={errors.title} required>
        <input name="title" defaultValue={value("title")} maxLength={120} className={inputClass} />
      </Field>
      <Field id="ev-type" label={t.type} errors={errors.type} required>
        <select name="type" defaultValue={value("type") || "meetup"} className={inputClass}>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {d.events.type[type]}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-center gap-2">
        <input type="checkbox" id="ev-allDay" name="allDay" defaultChecked={checked("allDay")} className="size-4 accent-brand-700" />
        <label htmlFor="ev-allDay" className="text-sm font-semibold">
          {t.allDay}
        </label>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="ev-startDate" label={t.startDate} errors={errors.startDate} required>
          <input type="date" name="startDate" defaultValue={value("startDate")} className={inputClass} />
        </Field>
        <Field id="ev-startTime" label={t.startTime} hint={t.timeHelp} errors={errors.startTime}>
          <input type="time" name="startTime" defaultValue={value("startTime")} className={inputClass} />
        </Field>
        <Field id="ev-endDate" label={t.endDate} errors={errors.endDate} required>
          <input type="date" name="endDate" defaultValue={value("endDate")} className={inputClass} />
        </Field>
        <Field id="ev-endTime" label={t.endTime} hint={t.timeHelp} errors={errors.endTime}>
          <input type="time" name="endTime" defaultValue={value("endTime")} className={inputClass} />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{t.place}</legend>
        <div className="flex flex-wrap gap-4">
          {(["commune", "online"] as const).map((place) => (
            <div key={place} className="flex items-center gap-2">
              <input
                type="radio"
                id={`ev-place-${place}`}
                name="place"
                value={place}
                defaultChecked={(value("place") || "commune") === place}
                className="size-4 accent-brand-700"
              />
              <label htmlFor={`ev-place-${place}`} className="text-sm">
                {place === "commune" ? t.placeCommune : t.placeOnline}
              </label>
            </div>
          ))}
        </div>
        <Field id="ev-communeCode" label={t.commune} errors={errors.communeCode}>
          <select name="communeCode" defaultValue={value("communeCode")} className={inputClass}>
            <option value="">{t.chooseCommune}</option>
            {communes.map((commune) => (
              <option key={commune.code} value={commune.code}>
                {commune.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ev-address" label={t.address} errors={errors.address}>
          <input name="address" defaultValue={value("address")} maxLength={200} className={inputClass} />
        </Field>
        <Field id="ev-onlineUrl" label={t.onlineUrl} errors={errors.onlineUrl}>
          <input type="url" name="onlineUrl" defaultValue={value("onlineUrl")} className={inputClass} />
        </Field>
      </fieldset>
      <Field id="ev-description" label={t.description} errors={errors.description} required>
        <textarea name="description" rows={6} defaultValue={value("description")} maxLength={5000} className={inputClass} />
      </Field>
      <Field id="ev-organiser" label={t.organiser} errors={errors.organiser} required>
        <input name="organiser" defaultValue={value("organiser")} maxLength={120} className={inputClass} />
      </Field>
      <Field id="ev-organiserStartup" label={t.organiserStartup} errors={errors.organiserStartup}>
        <select name="organiserStartup" defaultValue={value("organiserStartup")} className={inputClass}>
          <option value="">{t.noStartup}</option>
          {startups.map((startup) => (
            <option key={startup.slug} value={startup.slug}>
              {startup.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="ev-link" label={t.link} errors={errors.link}>
        <input type="url" name="link" defaultValue={value("link")} className={inputClass} />
      </Field>
      <div className="flex items-center gap-2">
        <input type="checkbox" id="ev-free" name="free" defaultChecked={checked("free")} className="size-4 accent-brand-700" />
        <label htmlFor="ev-free" className="text-sm font-semibold">
          {t.free}
        </label>
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
