// Staff create an event directly: it is published at once (and audited).
import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { EventForm } from "@/components/events/event-form";
import { requireStaff } from "@/lib/auth/session";
import { organiserChoices } from "@/lib/events/moderation";
import { fr } from "@/lib/i18n/fr";
import { communeChoices } from "@/lib/territory";
import { createEventAction } from "../actions";

export const metadata: Metadata = { title: fr.events.admin.create, robots: { index: false } };

export default async function NewEventPage() {
  await requireStaff("/admin/evenements/nouveau");
  const startups = await organiserChoices(await getDb());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{fr.events.admin.create}</h1>
      <EventForm action={createEventAction} communes={communeChoices()} startups={startups} submitLabel={fr.events.form.submitStaff} />
    </div>
  );
}
