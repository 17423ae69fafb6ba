// Staff create an event directly: it is published at once (and audited).
import { getDb } from "@/db/client";
import { EventForm } from "@/components/events/event-form";
import { requireStaff } from "@/lib/auth/session";
import { organiserChoices } from "@/lib/events/moderation";
import { dictionary, enterLang, localizedMetadata } from "@/lib/i18n/server";
import { communeChoices } from "@/lib/territory";
import { createEventAction } from "../actions";

export const generateMetadata = localizedMetadata("/admin/evenements/nouveau", (d) => ({ title: d.events.admin.create, robots: { index: false } }));

export default async function NewEventPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterLang(params);
  const d = dictionary();
  await requireStaff("/admin/evenements/nouveau");
  const startups = await organiserChoices(await getDb());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{d.events.admin.create}</h1>
      <EventForm action={createEventAction} communes={communeChoices()} startups={startups} submitLabel={d.events.form.submitStaff} />
    </div>
  );
}
