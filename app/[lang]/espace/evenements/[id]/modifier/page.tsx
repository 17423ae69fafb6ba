// The proposer edits their live event; the edit goes back to review, the live event stays as it is.
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { EventForm } from "@/components/events/event-form";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formValuesOf } from "@/lib/events/form";
import { editableEvent, organiserChoices } from "@/lib/events/moderation";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { communeChoices } from "@/lib/territory";
import { editEventAction } from "../../actions";

type Params = { lang: string; id: string };

export const generateMetadata = localizedMetadata<Params>(
  (p) => `/espace/evenements/${p.id}/modifier`,
  (d) => ({ title: d.events.space.edit, robots: { index: false } }),
);

export default async function EditEventPage({ params }: { params: Promise<Params> }) {
  await enterLang(params);
  const { id } = await params;
  const d = dictionary();
  const t = d.events.space;
  const user = await requireUser(`/espace/evenements/${id}/modifier`);
  const db = await getDb();
  const data = await editableEvent(db, user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.edit}</h1>
      <p className="text-slate-700">{t.editIntro}</p>
      <EventForm
        action={editEventAction}
        eventId={id}
        initialValues={formValuesOf(data)}
        communes={communeChoices()}
        startups={await organiserChoices(db)}
        submitLabel={d.events.form.submit}
      />
    </div>
  );
}
