// One schema for the event form (server action and tests) and one for the stored proposal. The form
// speaks Paris dates and times; the stored data holds instants (ISO strings).
import { z } from "zod";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { dictionary } from "@/lib/i18n/server";
import { findCommune } from "@/lib/territory";
import { EVENT_TYPES } from "./options";
import { nextDay, parisDate, parisInstant, parisTime, previousDay } from "./time";

type EventMessages = Dictionary["events"]["messages"];
/** The plain-text messages (not those that take arguments). */
type EventMessage = { [K in keyof EventMessages]: EventMessages[K] extends string ? K : never }[keyof EventMessages];

/** A message read at parse time, in the request's language: the schemas are built once, at import. */
const m = (key: EventMessage) => ({ error: () => dictionary().events.messages[key] });
const httpUrl = z.url({ protocol: /^https?$/, ...m("url") }).max(300, m("url"));

/** A proposal as stored in event_revisions.data and copied to the live row on approval. */
export const eventDataSchema = z.object({
  title: z.string().trim().min(3).max(120),
  type: z.enum(EVENT_TYPES),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  allDay: z.boolean(),
  communeCode: z.string().nullable(),
  address: z.string().max(200).nullable(),
  onlineUrl: httpUrl.nullable(),
  description: z.string().trim().min(20).max(5000),
  organiser: z.string().trim().min(2).max(120),
  organiserStartupSlug: z.string().max(80).nullable(),
  link: httpUrl.nullable(),
  free: z.boolean(),
});
export type EventData = z.infer<typeof eventDataSchema>;

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const optionalText = z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null), z.string().nullable());

export const eventFormSchema = z
  .object({
    title: z.string().trim().min(3, m("titleLength")).max(120, m("titleLength")),
    type: z.enum(EVENT_TYPES, m("type")),
    allDay: checkbox,
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m("date")),
    startTime: z.string().optional(),
    endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m("date")),
    endTime: z.string().optional(),
    place: z.enum(["commune", "online"]).default("commune"),
    communeCode: optionalText,
    address: optionalText.pipe(z.string().max(200, m("address")).nullable()),
    onlineUrl: optionalText.pipe(httpUrl.nullable()),
    description: z.string().trim().min(20, m("descriptionLength")).max(5000, m("descriptionLength")),
    organiser: z.string().trim().min(2, m("organiserLength")).max(120, m("organiserLength")),
    organiserStartup: optionalText,
    link: optionalText.pipe(httpUrl.nullable()),
    free: checkbox,
  })
  .transform((form, ctx): EventData => {
    const t = dictionary().events.messages;
    let startsAt: Date | null;
    let endsAt: Date | null;
    if (form.allDay) {
      // Whole days: from midnight of the first day to midnight after the last (exclusive end).
      startsAt = parisInstant(form.startDate);
      endsAt = parisInstant(nextDay(form.endDate));
      if (!startsAt) ctx.addIssue({ code: "custom", path: ["startDate"], message: t.date });
      if (!endsAt) ctx.addIssue({ code: "custom", path: ["endDate"], message: t.date });
    } else {
      startsAt = parisInstant(form.startDate, form.startTime ?? "");
      endsAt = parisInstant(form.endDate, form.endTime ?? "");
      if (!startsAt) ctx.addIssue({ code: "custom", path: [/^\d{2}:\d{2}$/.test(form.startTime ?? "") ? "startDate" : "startTime"], message: t.time });
      if (!endsAt) ctx.addIssue({ code: "custom", path: [/^\d{2}:\d{2}$/.test(form.endTime ?? "") ? "endDate" : "endTime"], message: t.time });
    }
    if (startsAt && endsAt && endsAt <= startsAt) ctx.addIssue({ code: "custom", path: ["endDate"], message: t.endBeforeStart });
    const online = form.place === "online";
    if (online && !form.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: t.url });
    if (!online && !(form.communeCode && findCommune(form.communeCode))) ctx.addIssue({ code: "custom", path: ["communeCode"], message: t.commune });
    if (!online && !form.address) ctx.addIssue({ code: "custom", path: ["address"], message: t.address });
    if (ctx.issues.length > 0 || !startsAt || !endsAt) return z.NEVER;
    return {
      title: form.title,
      type: form.type,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      allDay: form.allDay,
      communeCode: online ? null : form.communeCode,
      address: online ? null : form.address,
      onlineUrl: online ? form.onlineUrl : null,
      description: form.description,
      organiser: form.organiser,
      organiserStartupSlug: form.organiserStartup,
      link: form.link,
      free: form.free,
    };
  });

export type EventFormValues = Record<string, string>;

/** The form's fields for an existing proposal or event, to prefill the edit form. */
export function formValuesOf(data: EventData): EventFormValues {
  const start = new Date(data.startsAt);
  const end = new Date(data.endsAt);
  return {
    title: data.title,
    type: data.type,
    allDay: data.allDay ? "on" : "",
    startDate: parisDate(start),
    startTime: data.allDay ? "" : parisTime(start),
    endDate: data.allDay ? previousDay(parisDate(end)) : parisDate(end),
    endTime: data.allDay ? "" : parisTime(end),
    place: data.onlineUrl ? "online" : "commune",
    communeCode: data.communeCode ?? "",
    address: data.address ?? "",
    onlineUrl: data.onlineUrl ?? "",
    description: data.description,
    organiser: data.organiser,
    organiserStartup: data.organiserStartupSlug ?? "",
    link: data.link ?? "",
    free: data.free ? "on" : "",
  };
}
